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

    /** Whether the words from the verb of naming to the marks open with a verb that gives names ("called", "known as"). */
    static boolean gives(Language language, List<Word> words) {
        return language.has("name-giving", words.get(0).lower())
                || words.size() > 1 && language.has("name-giving", words.get(0).lower() + " " + words.get(1).lower());
    }
}
