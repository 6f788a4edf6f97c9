package org.quotedesk.extraction;

import java.util.Locale;

/**
 * Who is said to speak, as the article writes it: the words and where they are, and the role or
 * title printed with them ("Kremlin spokesman", "a researcher at IMEMO RAS").
 */
record Mention(int start, int end, String text, String role) {

    boolean pronoun() {
        return Language.pronounInAny(text.toLowerCase(Locale.ROOT));
    }

    boolean relative() {
        return Names.RELATIVES.contains(text.toLowerCase(Locale.ROOT));
    }

    /** "the Ukrainian president", "officials": no capitalised word but the first. */
    boolean description() {
        String[] words = text.split("\\s+");
        if (words.length == 1) {
            return Character.isLowerCase(words[0].charAt(0));
        }
        if (!Names.DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        return Character.isLowerCase(words[words.length - 1].charAt(0));
    }

    Mention withRole(String newRole) {
        return new Mention(start, end, text, newRole);
    }
}
