package org.quotedesk.extraction;

import java.util.Locale;
import java.util.regex.Pattern;

/** "der 54-Jährige": a person named by age alone, which German news writes for someone named shortly before. */
final class AgeDescription {

    /** Compiled once: {@code String.split} compiles its pattern per call, and every mention without a speaker asks. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AgeDescription() {
    }

    /** An article that points back and a noun of age, nothing else: "ein 30-Jähriger" is someone new. */
    static boolean pointsBack(Language language, String mention) {
        String[] words = SPACES.split(mention.toLowerCase(Locale.ROOT));
        return words.length == 2 && language.has("age-articles", words[0]) && language.endsWith("age-nouns", words[1]);
    }
}
