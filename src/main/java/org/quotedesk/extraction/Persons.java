package org.quotedesk.extraction;

import java.util.Set;

/** Whether a name is a person's or a body's, and names cleaned of their article. */
final class Persons {

    private static final Set<String> BODY_WORDS = Set.of("government", "ministry", "department", "house", "party",
            "committee", "campaign", "council", "office", "agency", "commission", "court", "senate", "congress",
            "democrats", "republicans", "inc", "corp", "university", "institute", "foundation", "group", "bank",
            "association", "union", "news", "times", "post", "journal", "network", "palace", "kremlin", "pentagon",
            "administration", "organization", "organisation", "army", "forces", "police", "service", "embassy",
            "company", "center", "centre", "fund", "board", "cabinet", "parliament", "assembly", "federation",
            "coalition", "alliance", "league", "society", "club", "team", "staff", "pac", "media", "press", "tv",
            "radio", "channel", "state", "states", "nations", "reuters", "presidency", "gop", "fbi", "cia",
            "nato", "un", "eu", "white", "capitol", "city", "county", "republic", "authority", "authorities", "poll",
            "survey", "report", "study", "magazine", "daily", "tribune", "herald", "gazette", "review", "broadcasting");

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
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !w.equals("de") && !w.equals("van")) {
                return false;
            }
            if (BODY_WORDS.contains(w.toLowerCase().replace(".", ""))) {
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

    static String withoutArticle(String text) {
        String t = text.strip();
        for (String article : new String[] {"the ", "The ", "a ", "A ", "an ", "An "}) {
            if (t.startsWith(article)) {
                return t.substring(article.length());
            }
        }
        return t;
    }
}
