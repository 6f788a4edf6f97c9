package org.quotedesk.extraction;

import java.util.List;

/**
 * A verb of naming with nothing but articles between it and the marks: "a convoy called “The Wheat
 * Baron”", "a memo titled “The Facts”". The passage, even capitalised, is the name someone gave a thing,
 * and news annotation takes it as their words; "nennt „Twitter“" only mentions a name, so only the verbs
 * the language lists as giving names count.
 */
final class NameGiving {

    private NameGiving() {
    }

    /**
     * Whether the words from the verb of naming to the marks are a verb that gives names ("called", "known as")
     * and articles only.
     */
    static boolean alone(Language language, List<Word> words) {
        int verb = words.isEmpty() ? 0 : language.has("name-giving", words.get(0).lower()) ? 1
                : words.size() > 1 && language.has("name-giving", words.get(0).lower() + " " + words.get(1).lower()) ? 2 : 0;
        return verb > 0 && words.subList(verb, words.size()).stream().allMatch(w -> language.has("indefinite-articles", w.lower())
                || language.has("definite-articles", w.lower()));
    }

    /**
     * Whether the words from the verb of naming to the marks are a verb with which a body or a thing names itself,
     * maybe with one word more („die Gruppe nennt sich „…““, „nannte sich zunächst „…““): the passage is its name,
     * nobody's word for it.
     */
    static boolean ownName(Language language, List<Word> words) {
        return words.size() >= 2 && words.size() <= 3 && language.has("self-naming", words.get(0).lower() + " " + words.get(1).lower());
    }
}
