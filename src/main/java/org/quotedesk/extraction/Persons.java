package org.quotedesk.extraction;

import java.util.Locale;

/** Whether a name is a person's or a body's, and names cleaned of their article. */
final class Persons {

    private Persons() {
    }

    /**
     * One to four capitalised words, none of which names a body, the last no place's: "Dmitri Stefanovich",
     * not "the Pentagon" or "South Carolina".
     */
    static boolean looksLikePerson(String name) {
        String[] words = withoutArticle(name).split("\\s+");
        String last = words[words.length - 1].toLowerCase();
        if (words.length > 4 || words.length > 1 && Language.listedInAny("place-words", last)) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !Language.listedInAny("name-particles", w)) {
                return false;
            }
            if (Language.listedInAny("body-words", w.toLowerCase().replace(".", ""))) {
                return false;
            }
            // "NATO" is a body's name; "B." in "Harry B. Harris" is a person's initial.
            boolean initial = w.length() == 2 && w.charAt(1) == '.';
            if (w.length() > 1 && w.equals(w.toUpperCase()) && !initial) {
                return false;
            }
        }
        return true;
    }

    /** The name without an article before it, written lower case or capitalised: "the Pentagon" → "Pentagon". */
    static String withoutArticle(String text) {
        String t = text.strip();
        int space = t.indexOf(' ');
        if (space > 0) {
            String first = t.substring(0, space);
            String lower = first.toLowerCase(Locale.ROOT);
            boolean written = first.equals(lower) || first.substring(1).equals(lower.substring(1));
            if (written && (Language.listedInAny("definite-articles", lower)
                    || Language.listedInAny("indefinite-articles", lower))) {
                return t.substring(space + 1);
            }
        }
        return t;
    }
}
