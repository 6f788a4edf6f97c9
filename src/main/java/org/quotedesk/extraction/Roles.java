package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The role written beside a name: a title before it ("Kremlin spokesman Dmitri Peskov"), set off
 * by commas ("the European Commissioner for Agriculture, Janusz Wojciechowski,") or an apposition
 * after it ("Dmitri Stefanovich, a researcher at IMEMO RAS").
 */
final class Roles {

    private final String text;
    private final Mentions mentions;
    private final Language language;

    Roles(String text, Mentions mentions, Language language) {
        this.text = text;
        this.mentions = mentions;
        this.language = language;
    }

    /**
     * "the European Commissioner for Agriculture, Janusz Wojciechowski,": a title set off before the
     * name; the name, with the title as its role, or null when no name follows the title.
     */
    Mention nameAfterTitle(Mention title, int to) {
        int comma = pastGenitive(title.end(), to);
        if (comma >= to || text.charAt(comma) != ',' || titleBefore(new int[] {title.start(), title.end()}) == null
                && !describedTitle(title)) {
            return null;
        }
        int next = TextScan.indexOf(text, ',', comma + 1, to);
        int stop = next < 0 ? to : next;
        // "Karl Huber (CDU),": a short note in brackets after the name, the party, is no part of it.
        int bracket = TextScan.indexOf(text, '(', comma + 1, stop);
        List<Word> name = Word.in(text, comma + 1, bracket < 0 ? stop : bracket, 5);
        if (name.size() < 2 || name.size() > 4 || !Mentions.allCapitalized(name)
                || !Persons.looksLikePerson(text.substring(name.get(0).start(), name.get(name.size() - 1).end()))
                || !BRACKETED.matcher(text.substring(name.get(name.size() - 1).end(), stop)).replaceFirst("")
                        .replaceAll("[.;:]", "").isBlank()) {
            return null;
        }
        int start = name.get(0).start();
        int end = name.get(name.size() - 1).end();
        return new Mention(start, end, text.substring(start, end), stripArticle(title.text()));
    }

    /** "der Regierungschef": a listed determiner (not only a definite article, as titleBefore asks) and a title. */
    private boolean describedTitle(Mention title) {
        List<Word> words = Word.in(text, title.start(), title.end(), 5);
        return words.size() == 2 && language.has("determiners", words.get(0).lower()) && mentions.titleWord(words.get(1).base());
    }

    /** A note in brackets of a few characters right after a name: "(CDU)". */
    private static final Pattern BRACKETED = Pattern.compile("^\\s*\\([^()]{1,20}\\)");

    /**
     * "der Regierungschef des Landes Hessen, Karl Huber": where the title ends, past a genitive of a few
     * capitalised words after it (its article listed in genitive-determiners); the title's end if none.
     */
    private int pastGenitive(int end, int to) {
        List<Word> words = Word.in(text, end, Math.min(to, end + 80), 5);
        if (words.size() < 2 || !language.has("genitive-determiners", words.get(0).lower())) {
            return end;
        }
        for (int i = 1; i < words.size() && words.get(i).capitalized(); i++) {
            Word w = words.get(i);
            if (!text.substring(words.get(i - 1).end(), w.start()).equals(" ")) {
                return end;
            }
            if (w.end() < to && text.charAt(w.end()) == ',') {
                return w.end();
            }
        }
        return end;
    }

    /** "the import rules will be reviewed": a clause, not an apposition; "a farmer who has been" may be one. */
    private static boolean verbBeforeRelative(List<Word> words) {
        for (Word w : words) {
            if (Names.RELATIVES.contains(w.lower())) {
                return false;
            }
            if (Mentions.NOT_IN_NAMES.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The title set off by a comma right before a name at {@code nameStart}, read from {@code from}:
     * "According to the European Commissioner for Agriculture, Janusz Wojciechowski"; else null.
     */
    String titleSetOffBefore(int nameStart, int from) {
        int comma = nameStart - 1;
        while (comma > from && Character.isWhitespace(text.charAt(comma))) {
            comma--;
        }
        if (comma <= from || text.charAt(comma) != ',') {
            return null;
        }
        List<int[]> segments = mentions.segments(from, comma);
        int[] last = segments.get(segments.size() - 1);
        List<Word> words = Word.in(text, last[0], last[1]);
        for (int i = Math.max(0, words.size() - 8); i < words.size() - 1; i++) {
            if (Language.listedInAny("definite-articles", words.get(i).lower())) {
                return titleBefore(new int[] {words.get(i).start(), last[1]});
            }
        }
        return null;
    }

    /** "The European Commissioner for Agriculture", "the head of the local police": a title a name may follow. */
    String titleBefore(int[] segment) {
        List<Word> words = Word.in(text, segment[0], segment[1], 10);
        if (words.size() < 2 || words.size() > 8 || !Language.listedInAny("definite-articles", words.get(0).lower())
                || words.stream().anyMatch(w -> Mentions.NOT_IN_NAMES.contains(w.lower()) || w.possessive())) {
            return null;
        }
        return words.stream().anyMatch(w -> mentions.titleWord(w.base())) ? stripArticle(text.substring(words.get(0).start(), words.get(words.size() - 1).end())) : null;
    }

    /** ", a researcher at IMEMO RAS, a Russian think tank," right after a name: the role it gives. */
    String appositionAfter(int at, int to) {
        int i = at;
        if (i >= to || text.charAt(i) != ',') {
            return null;
        }
        List<String> parts = new ArrayList<>();
        while (i < to && text.charAt(i) == ',') {
            int next = TextScan.indexOf(text, ',', i + 1, to);
            int stop = next < 0 ? to : next;
            String part = text.substring(i + 1, stop).trim();
            List<Word> ws = Word.in(text, i + 1, stop, 13);
            if (ws.isEmpty()) {
                break;
            }
            String first = ws.get(0).lower();
            boolean describes = Language.listedInAny("indefinite-articles", first)
                    || Language.listedInAny("definite-articles", first) || mentions.titleWord(first);
            if (!describes || ws.size() > 12 || verbBeforeRelative(ws)) {
                break;
            }
            parts.add(stripArticle(part.replaceAll("[.;:]$", "")));
            i = stop;
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** "Kremlin spokesman Dmitri Peskov": the title goes to the role, the name stays the mention. */
    Mention withTitle(Mention mention, String apposition) {
        List<Word> words = Word.in(text, mention.start(), mention.end());
        int lastTitle = -1;
        for (int i = 0; i < words.size() - 1; i++) {
            if (mentions.titleWord(words.get(i).base())) {
                lastTitle = i;
            }
        }
        if (lastTitle < 0 && words.size() >= 4 && Names.DETERMINERS.contains(words.get(0).lower()) && !words.get(1).capitalized()) {
            int nameStart = words.size();
            while (nameStart > 1 && words.get(nameStart - 1).capitalized()) {
                nameStart--;
            }
            // "the builder Karl Berg": a description, then a name of two words or more.
            if (words.size() - nameStart >= 2 && !words.get(nameStart - 1).capitalized()) {
                lastTitle = nameStart - 1;
            }
        }
        if (lastTitle < 0 && !language.says("nouns-capitalized")) {
            lastTitle = descriptionBeforeName(words);
        }
        int owner = lastTitle < 0 ? ownerBeforeName(words) : -1;
        if (owner >= 0) {
            // "Greenpeace's Tove Lunde": the owner is the person's role, as a title is.
            Word name = words.get(owner + 1);
            String title = stripArticle(text.substring(mention.start(), words.get(owner).start() + words.get(owner).base().length()));
            return new Mention(name.start(), mention.end(), text.substring(name.start(), mention.end()),
                    apposition == null ? title : title + ", " + apposition);
        }
        if (lastTitle >= 0 && words.get(lastTitle + 1).capitalized()
                && Mentions.allCapitalized(words.subList(lastTitle + 1, words.size()))) {
            String title = stripArticle(text.substring(mention.start(), words.get(lastTitle).end()));
            Word name = words.get(lastTitle + 1);
            String role = Names.isHonorific(title) ? apposition : apposition == null ? title : title + ", " + apposition;
            return new Mention(name.start(), mention.end(), text.substring(name.start(), mention.end()), role);
        }
        return apposition == null ? mention : mention.withRole(apposition);
    }

    /**
     * "resident Kari Moe", "Local farmer Nils Haug": where nouns are lower case, a description in lower case (but for
     * a sentence's first word) right before a person's name of two words or more; the description's last word, or -1.
     */
    private int descriptionBeforeName(List<Word> words) {
        int nameStart = personAtEnd(words, 0, false);
        boolean described = nameStart > 0 && !words.get(nameStart - 1).capitalized()
                && describing(words.get(nameStart - 1).lower()) && words.subList(1, nameStart).stream().noneMatch(Word::capitalized);
        return described ? nameStart - 1 : -1;
    }

    /** "resident", "farmer": a word that may end a description before a name; not "whom", "of", "the" or "me". */
    private boolean describing(String lower) {
        return !Names.DETERMINERS.contains(lower) && !Names.RELATIVES.contains(lower) && !Mentions.CLAUSE_BREAKS.contains(lower)
                && !Mentions.PREPOSITIONS.contains(lower) && !Mentions.CONNECTORS.contains(lower) && !Mentions.NOT_IN_NAMES.contains(lower)
                && !Mentions.OPENERS.contains(lower) && !language.has("pronouns", lower) && !language.has("object-pronouns", lower)
                && language.frame(lower) == null;
    }

    /** The possessive right before a person's name of two words or more that ends the words; -1 when none. */
    private int ownerBeforeName(List<Word> words) {
        int nameStart = personAtEnd(words, 1, true);
        return nameStart > 0 && words.get(nameStart - 1).possessive() ? nameStart - 1 : -1;
    }

    /**
     * Where the capitalised words ending {@code words} begin (not before {@code floor}, and after a
     * possessive when {@code possessiveEnds}), when they are a person's name of two words or more; else -1.
     */
    private int personAtEnd(List<Word> words, int floor, boolean possessiveEnds) {
        int nameStart = words.size();
        while (nameStart > floor && words.get(nameStart - 1).capitalized() && !(possessiveEnds && words.get(nameStart - 1).possessive())) {
            nameStart--;
        }
        return words.size() - nameStart >= 2
                && Persons.looksLikePerson(text.substring(words.get(nameStart).start(), words.get(words.size() - 1).end())) ? nameStart : -1;
    }

    static String stripArticle(String s) {
        String t = Persons.withoutArticle(s.trim());
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
