package org.quotedesk.extraction;

import java.util.List;

/**
 * The clause a verb of naming closes after a passage („als „…“ bezeichnete“): whether it is a passive, naming a
 * term by nobody, or a clause of its own whose namer is not the sentence's opening.
 */
final class NamingClauses {

    /** How far before the link word the comma or bracket opening its clause is looked for, in characters. */
    private static final int CLAUSE_REACH = 200;

    private final String text;
    private final Language language;

    NamingClauses(String text, Language language) {
        this.text = text;
        this.language = language;
    }

    /**
     * Whether the link word stands in a clause of its own whose namer is not the sentence's opening: a relative
     * clause after its comma („…, der dies als „…“ sieht“) or an aside in brackets („(von X als „…“ bezeichnet)“).
     */
    boolean inInnerClause(Sentence s, int link) {
        int from = Math.max(s.start(), link - CLAUSE_REACH);
        String before = text.substring(from, link);
        if (before.lastIndexOf('(') > before.lastIndexOf(')')) {
            return true;
        }
        int comma = before.lastIndexOf(',');
        List<Word> first = comma < 0 ? List.of() : Word.in(text, from + comma, link, 1);
        return !first.isEmpty() && language.has("relative-pronouns", first.get(0).lower());
    }

    /** Whether a passive auxiliary follows the verb of naming that closes the passage's clause, or opens it with no agent. */
    boolean passiveAfter(Sentence s, QuotedPassage p) {
        if (PassiveNaming.termByNobody(text, language, p)) {
            return true;
        }
        int until = Math.min(s.end(), p.outerEnd() + NamingVerbs.LABELLING_REACH);
        List<Word> after = Word.in(text, p.outerEnd(), until, NamingVerbs.VERB_AFTER_WORDS + 1);
        for (int i = 0; i + 1 < after.size(); i++) {
            if (language.has("labelling-after", after.get(i).lower())) {
                return language.has("passive-auxiliaries", after.get(i + 1).lower());
            }
        }
        return false;
    }
}
