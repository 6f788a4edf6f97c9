package org.quotedesk.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The subject written before a cue, in the clause that ends at it: "Peskov told", "Donald Trump,
 * the Republican front-runner, said", "Last week Trump said".
 */
final class SubjectBeforeCue {

    private final String text;
    private final Language language;
    private final Mentions mentions;
    /** Where a cue's subject was read and found to be no noun phrase: the passage is still quoted, by nobody named. */
    private final Set<Integer> unnamed = new HashSet<>();

    SubjectBeforeCue(String text, Language language, Mentions mentions) {
        this.text = text;
        this.language = language;
        this.mentions = mentions;
    }

    /** The subject written between {@code from} and the cue at {@code cueStart}, or null. */
    Mention read(int from, int cueStart) {
        List<int[]> segments = mentions.segments(from, cueStart);
        String role = null;
        for (int s = segments.size() - 1; s >= 0; s--) {
            int[] seg = segments.get(s);
            List<Word> segWords = Word.in(text, seg[0], seg[1]);
            if (segWords.isEmpty()) {
                continue;
            }
            // "Bloomberg, who’s thinking about a run, said": a relative with a verb contracted onto it.
            String first = segWords.get(0).base().toLowerCase(java.util.Locale.ROOT);
            if (s > 0 && s < segments.size() - 1 && relativeClause(segWords)) {
                continue;
            }
            if (s > 0 && s == segments.size() - 1 && language.has("relative-subjects", first)
                    && segWords.subList(1, segWords.size()).stream().allMatch(this::auxiliary)) {
                // "Sanders, who has long said": the relative pronoun is the verb's subject; not in
                // "Trump, who he blasted as", where it is the object.
                Word relative = segWords.get(0);
                return new Mention(relative.start(), relative.end(), relative.text(), null);
            }
            boolean closed = s < segments.size() - 1 && text.charAt(seg[1]) == ',';
            // German closes an apposition with a comma: "die der Minister … bezeichnete" ending at the cue is a relative clause.
            boolean titled = (language.has("definite-articles", first) || closed && language.has("apposition-articles", first))
                    && s > 0 && looksLikeName(segments.get(s - 1));
            boolean enclosed = s > 0 && (closed
                    || titled && segWords.stream().anyMatch(w -> mentions.titleWord(w.base())));
            // "as Carl Dahl, a former mayor, put it": an aside word before a name whose apposition follows opens the subject's clause.
            boolean asideOpensName = role != null && segWords.size() > 1 && Mentions.allCapitalized(segWords.subList(1, segWords.size()));
            boolean appositive = language.has("indefinite-articles", first) || language.has("asides", first) && !asideOpensName
                    || (Names.RELATIVES.contains(first) && !first.equals("that") && segWords.size() > 1) || titled
                    || s > 0 && bareApposition(segWords) && looksLikeName(segments.get(s - 1));
            boolean aside = s > 0 && (mentions.edges.ageOrHome(segWords, Word.in(text, segments.get(s - 1)[0], segments.get(s - 1)[1]))
                    || participlePhrase(segWords) && looksLikeName(segments.get(s - 1))
                    || describingPhrase(segWords) && nounPhraseBefore(segments.get(s - 1)));
            if ((appositive || aside) && enclosed) {
                if (!aside && !Names.RELATIVES.contains(first) && !language.has("asides", first)) {
                    String apposition = Roles.stripArticle(text.substring(seg[0], seg[1]).trim());
                    role = role == null ? apposition : apposition + ", " + role;
                }
                continue;
            }
            Mention mention = subjectIn(segWords);
            if (mention != null && s > 0 && mention.start() == segWords.get(0).start() && looksLikeName(seg)) {
                String title = mentions.roles.titleBefore(segments.get(s - 1));
                role = title == null ? role : role == null ? title : title + ", " + role;
            }
            return mention == null ? null : mentions.roles.withTitle(mention, role);
        }
        return null;
    }

    /**
     * ", der zur Zeit den Vorsitz inne hat,": where the verb ends a relative clause, a clause opened by
     * a relative pronoun and closed by a lower-case word describes the subject; it is not the subject.
     */
    private boolean relativeClause(List<Word> segment) {
        return segment.size() > 1 && language.has("relative-pronouns", segment.get(0).lower())
                && !segment.get(segment.size() - 1).capitalized();
    }

    /**
     * "Jana Brenner, Vorstandsmitglied der Liga, sagte": where nouns are capitalised, a noun with no
     * article before it and an article or preposition after it describes the name before it.
     */
    private boolean bareApposition(List<Word> segment) {
        return language.says("nouns-capitalized") && segment.size() > 1 && segment.get(0).capitalized()
                && !language.has("determiners", segment.get(0).lower())
                && (language.has("determiners", segment.get(1).lower()) || language.has("prepositions", segment.get(1).lower()));
    }

    /** The subject read for the cue at {@code cueStart} when it can name someone; else null, and the cue is noted. */
    Mention named(Mention m, int cueStart) {
        Mention fitted = m == null ? null : NounPhraseShape.fitted(text, language, m);
        if (m != null && fitted == null) {
            unnamed.add(cueStart);
        }
        return fitted;
    }

    /** Whether the words before the cue at {@code cueStart} were read as its subject and are no noun phrase. */
    boolean unnamed(int cueStart) {
        return unnamed.contains(cueStart);
    }

    private Mention subjectIn(List<Word> segment) {
        int last = segment.size();
        if (last > 2 && language.has("infinitive-markers", segment.get(last - 1).lower())
                && language.has("noun-determiners", segment.get(last - 2).lower()) && !language.has("listeners", segment.get(last - 2).lower())) {
            // "a study had this to say": the subject stands before the verb the infinitive hangs on ("led her to say": not so).
            last -= 2;
        }
        while (last > 0 && auxiliary(segment.get(last - 1))) {
            last--;
        }
        last = beforeTimePhrase(segment, last);
        while (last > 0 && auxiliary(segment.get(last - 1))) {
            last--;
        }
        last = beforeAgo(segment, last);
        List<Word> words = segment.subList(0, last);
        if (words.isEmpty()) {
            return null;
        }
        int first = 0;
        for (int i = words.size() - 1; i >= 0; i--) {
            String lower = words.get(i).lower();
            if (Mentions.CLAUSE_BREAKS.contains(lower) && (!words.get(i).capitalized() || i == 0 && words.size() > 1)) {
                first = i + 1;
                break;
            }
            if (lower.equals("and") && i > 0 && !(words.get(i - 1).capitalized() && i + 1 < words.size()
                    && words.get(i + 1).capitalized())) {
                first = i + 1;
                break;
            }
        }
        // "Since March the ministry has said": a conjunction opening the sentence may open a phrase put first.
        int phraseFrom = first == 1 && words.get(0).capitalized() ? 0 : first;
        int fronted = FrontedWithoutComma.subjectStart(words.subList(phraseFrom, words.size()), language);
        while (first < words.size() - 1 && (Mentions.OPENERS.contains(words.get(first).lower())
                || language.has("openers", words.get(first).lower())
                || language.has("leading-prepositions", words.get(first).lower())
                || (Names.TIME_WORDS.contains(words.get(first).lower()) && timePhraseAt(words, first)))) {
            first++;
        }
        if (fronted > 0) {
            first = Math.max(first, phraseFrom + fronted);
        }
        List<Word> taken = words.subList(Math.min(first, words.size()), words.size());
        if (taken.isEmpty()) {
            return null;
        }
        if (taken.size() > 8 && !Mentions.allCapitalized(taken.subList(1, taken.size()))) {
            int from = taken.size() - 1;
            while (from > 0 && (taken.get(from - 1).capitalized() || mentions.titleWord(taken.get(from - 1).text())
                    || Mentions.CONNECTORS.contains(taken.get(from - 1).lower()))) {
                from--;
            }
            taken = taken.subList(Math.max(from, taken.size() - 6), taken.size());
        }
        if (taken.size() == 1 && (Mentions.OPENERS.contains(taken.get(0).lower()) || language.has("openers", taken.get(0).lower()))) {
            return null;
        }
        return mentions.mentionOf(NounPhraseShape.trimmed(text, language, taken));
    }

    /**
     * "The office less than two weeks ago said": a time phrase ending in "ago" runs back past the words
     * of its count; the subject ends at the last capitalised word before it, and without one there is none.
     */
    private int beforeAgo(List<Word> words, int last) {
        if (last == 0 || words.get(last - 1).capitalized() || !language.has("time-phrase-ends", words.get(last - 1).lower())) {
            return last;
        }
        int i = last - 1;
        while (i > 0 && !words.get(i - 1).capitalized()) {
            i--;
        }
        return i;
    }

    /** A clause opened by a time phrase ("Last week Trump said") keeps only what follows the phrase. */
    private boolean timePhraseAt(List<Word> words, int i) {
        int j = i;
        while (j < words.size() - 1 && Names.TIME_WORDS.contains(words.get(j).lower())) {
            j++;
        }
        return j > i && j < words.size() && (words.get(j).capitalized() || language.has("pronouns", words.get(j).lower()))
                && hasTimeNoun(words, i, j);
    }

    /**
     * "Berg on Tuesday said", "Berg last week told": a time phrase between the subject and its verb is
     * no part of the subject; where the words up to {@code last} end with one after other words, the
     * index where that phrase starts, else {@code last}.
     */
    private int beforeTimePhrase(List<Word> words, int last) {
        int i = last;
        while (i > 0 && Names.TIME_WORDS.contains(words.get(i - 1).lower())) {
            i--;
        }
        return i == last || i == 0 || !hasTimeNoun(words, i, last) ? last : i;
    }

    private boolean hasTimeNoun(List<Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!language.has("fronted-small-words", words.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "Berg, speaking at the harbour, said": a phrase opened by a lower-case participle describes what the subject does. */
    private boolean participlePhrase(List<Word> segment) {
        Word first = segment.get(0);
        return !first.capitalized() && language.endsWith("participle-endings", first.lower()) && first.lower().length() > 4;
    }

    /**
     * "The report, released on Monday, said", "Residents, many of whom lost their homes, said", "The mayor,
     * visibly angry, said": a phrase opened by a past form, an adverb, or a count and a relative pronoun
     * describes the subject before it; it names nobody.
     */
    private boolean describingPhrase(List<Word> segment) {
        Word first = segment.get(0);
        String lower = first.lower();
        boolean described = lower.length() > 4 && (language.endsWith("past-endings", lower) || language.endsWith("adverb-endings", lower));
        boolean partitive = segment.size() > 2 && language.has("quantifiers", lower)
                && language.has("relative-pronouns", segment.get(2).lower());
        return !first.capitalized() && (described || partitive);
    }

    /** "The report", "Residents of the village": a noun phrase, not a phrase put first ("In Oslo", "On Monday"). */
    private boolean nounPhraseBefore(int[] segment) {
        List<Word> words = Word.in(text, segment[0], segment[1]);
        if (words.isEmpty()) {
            return false;
        }
        String first = words.get(0).lower();
        if (language.has("noun-determiners", first)) {
            return true;
        }
        boolean fronted = language.has("fronting", first) || language.has("asides", first) || Names.TIME_WORDS.contains(first)
                || language.endsWith("participle-endings", first);
        return !fronted && words.get(0).capitalized();
    }

    /** "Donald Trump" before ", the Republican front-runner,": a name, not "On Saturday". */
    private boolean looksLikeName(int[] segment) {
        List<Word> words = Word.in(text, segment[0], segment[1]);
        if (words.isEmpty()) {
            return false;
        }
        String first = words.get(0).lower();
        // "Appearing on CBS, the front-runner said", "In Iowa, the senator said": a fronted phrase, no name.
        boolean fronted = language.has("asides", first) || language.endsWith("participle-endings", first) && first.length() > 4;
        return words.size() <= 6 && Mentions.allCapitalized(words) && !fronted && !Names.TIME_WORDS.contains(first);
    }

    private boolean auxiliary(Word w) {
        String lower = w.lower();
        return !w.capitalized() && (language.has("auxiliaries", lower) || language.has("subject-adverbs", lower)
                || (language.endsWith("adverb-endings", lower) && lower.length() > 4));
    }
}
