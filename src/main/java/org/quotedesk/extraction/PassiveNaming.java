package org.quotedesk.extraction;

import java.util.List;

/**
 * „Das Hochwasser wurde als „Jahrhunderthochwasser“ bezeichnet.“: a passive of naming with no agent, its verb
 * ending the sentence. Its subject is the thing named, and nobody is said to name it: the passage is a term.
 */
final class PassiveNaming {

    /** How far before the link word the passive auxiliary of its clause is looked for, in characters. */
    private static final int AUXILIARY_REACH = 60;

    /** A stop, a comma or another quote mark between the passage and the verb after it cuts them apart. */
    private static final String BREAKS = ".,;:!?\"“”„";

    private PassiveNaming() {
    }

    /** Whether the passage is named by an agentless passive whose verb closes the sentence right after it. */
    static boolean termByNobody(String text, Language language, QuotedPassage p) {
        if (p.close() < 0) {
            return false;
        }
        List<Word> before = Word.in(text, Math.max(0, p.open() - AUXILIARY_REACH), p.open());
        int link = before.size() - 1;
        if (link < 1 || !text.substring(before.get(link).end(), p.open()).isBlank()
                || !language.has("labelling-links", before.get(link).lower())) {
            return false;
        }
        List<Word> after = Word.in(text, p.outerEnd(), Math.min(text.length(), p.outerEnd() + NamingVerbs.LABELLING_REACH), 1);
        if (after.isEmpty() || !language.has("labelling-after", after.get(0).lower())
                || !text.substring(p.outerEnd(), after.get(0).start()).isBlank()
                || after.get(0).end() >= text.length() || text.charAt(after.get(0).end()) != '.') {
            return false;
        }
        for (int i = link - 1; i >= 0; i--) {
            Word w = before.get(i);
            if (language.has("passive-agents", w.lower())) {
                // „von Kritikern als „…“ bezeichnet“: the agent names it.
                return false;
            }
            if (language.has("passive-auxiliaries", w.lower())) {
                return text.substring(w.end(), before.get(link).start()).chars().noneMatch(c -> BREAKS.indexOf(c) >= 0);
            }
        }
        return false;
    }
}
