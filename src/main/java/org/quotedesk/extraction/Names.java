package org.quotedesk.extraction;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Word lists and normal forms for naming people and bodies. */
final class Names {

    private Names() {
    }

    /** Words that open a relative clause after a name: "the minister who". */
    static final Set<String> RELATIVES = Language.listedInAny("relatives");

    /** Articles and other words before a description of who speaks: "the spokesman", "several officials". */
    static final Set<String> DETERMINERS = Language.listedInAny("description-openers");

    /** Forms of address, which say a person's gender and are no role: "Mr Peskov". */
    static final Set<String> HONORIFICS = Language.listedInAny("honorifics");

    /** Words that say a man or a woman: "he" may not be the spokeswoman. */
    static final Set<String> MALE = Language.listedInAny("male-words");
    static final Set<String> FEMALE = Language.listedInAny("female-words");

    /** Temporal words that can open a clause before its subject ("Last week Trump said"). */
    static final Set<String> TIME_WORDS = Language.listedInAny("time-words");

    /** Adjectives of nationality and the country they name, listed as "ukrainian=ukraine". */
    static final Map<String, String> DEMONYMS = Language.listedInAny("demonyms").stream()
            .map(pair -> pair.split("=", 2)).collect(Collectors.toUnmodifiableMap(p -> p[0], p -> p[1]));

    // Compiled once: a key is made for every name an article reads.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_NAME_CHARS = Pattern.compile("[^\\p{L}\\p{N}'\\-. ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern FINAL_STOP = Pattern.compile("\\.$");

    /** Lower case, no accents, no leading article, no possessive, single spaces: "the Élysée’s" → "elysee". */
    static String key(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = NOT_NAME_CHARS.matcher(s.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ").trim();
        for (String ending : Language.listedInAny("possessive-endings")) {
            if (s.endsWith(ending)) {
                s = s.substring(0, s.length() - ending.length());
                break;
            }
        }
        s = FINAL_STOP.matcher(SPACES.matcher(s).replaceAll(" ")).replaceAll("");
        int space = s.indexOf(' ');
        if (space > 0 && Language.listedInAny("definite-articles", s.substring(0, space))) {
            s = s.substring(space + 1);
        }
        return s;
    }

    /** 'm' or 'f' when a word says a man or a woman, else 0. */
    static char gender(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        return MALE.contains(w) ? 'm' : FEMALE.contains(w) ? 'f' : 0;
    }

    static boolean isHonorific(String word) {
        return HONORIFICS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }
}
