package org.quotedesk.extraction;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Word lists and normal forms for naming people and bodies. */
final class Names {

    private Names() {
    }

    static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom", "that");

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its", "his",
            "her", "their", "our", "some", "many", "several", "other", "both", "all", "two", "three", "one");

    /** Words that make a title or role: "White House Press Secretary", "Kremlin spokesman". */
    static final Set<String> TITLE_WORDS = Set.of("president", "vice", "secretary", "spokesman", "spokeswoman",
            "spokesperson", "minister", "prime", "premier", "senator", "sen", "rep", "representative", "congressman",
            "congresswoman", "governor", "gov", "mayor", "chairman", "chairwoman", "chair", "director", "ambassador",
            "general", "gen", "chief", "leader", "candidate", "nominee", "adviser", "advisor", "aide", "strategist",
            "manager", "press", "attorney", "justice", "judge", "commissioner", "officer", "official", "analyst",
            "researcher", "professor", "prof", "dr", "mr", "mrs", "ms", "executive", "ceo", "founder", "hopeful",
            "frontrunner", "front-runner", "deputy", "chancellor", "king", "queen", "prince", "pope", "envoy",
            "negotiator", "pollster", "economist", "host", "anchor", "correspondent", "editor", "columnist",
            "president-elect", "lt", "col", "capt", "sgt", "admiral", "state", "speaker", "whip", "treasurer",
            "counsel", "diplomat", "lawmaker", "activist", "organizer", "surrogate", "backer", "donor", "coordinator",
            "head");

    /** Forms of address, which say a person's gender and are no role: "Mr Peskov". */
    static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mister", "madam");

    /** Words that say a man or a woman: "he" may not be the spokeswoman. */
    static final Set<String> MALE = Set.of("mr", "mister", "he", "spokesman", "chairman", "congressman", "king",
            "prince", "businessman", "father", "son", "brother", "husband");
    static final Set<String> FEMALE = Set.of("mrs", "ms", "miss", "madam", "she", "spokeswoman", "chairwoman",
            "congresswoman", "queen", "princess", "businesswoman", "mother", "daughter", "sister", "wife");

    /** Temporal words that can open a clause before its subject ("Last week Trump said"). */
    static final Set<String> TIME_WORDS = Set.of("on", "last", "this", "next", "week", "month", "year", "yesterday",
            "today", "tonight", "earlier", "later", "since", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "morning", "afternoon", "evening", "night", "in", "at", "the", "same", "day", "then",
            "meanwhile", "but", "and", "so", "however", "still", "now", "also", "yet");

    /** Adjectives of nationality and the country they name. */
    static final Map<String, String> DEMONYMS = Map.ofEntries(Map.entry("ukrainian", "ukraine"),
            Map.entry("russian", "russia"), Map.entry("french", "france"), Map.entry("american", "united states"),
            Map.entry("us", "united states"), Map.entry("u.s", "united states"), Map.entry("british", "united kingdom"),
            Map.entry("uk", "united kingdom"), Map.entry("belarusian", "belarus"), Map.entry("german", "germany"),
            Map.entry("chinese", "china"), Map.entry("polish", "poland"), Map.entry("italian", "italy"),
            Map.entry("spanish", "spain"), Map.entry("israeli", "israel"), Map.entry("iranian", "iran"),
            Map.entry("turkish", "turkey"), Map.entry("japanese", "japan"), Map.entry("canadian", "canada"),
            Map.entry("mexican", "mexico"), Map.entry("brazilian", "brazil"), Map.entry("indian", "india"));

    /** Lower case, no accents, no leading article, no possessive, single spaces: "the Élysée’s" → "elysee". */
    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}'\\-. ]", " ").trim();
        s = s.replaceAll("'s$", "").replaceAll("\\s+", " ").replaceAll("\\.$", "");
        if (s.startsWith("the ")) {
            s = s.substring(4);
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

    static boolean isTitleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        return TITLE_WORDS.contains(w);
    }
}
