package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The people of one article by the last word of their name, so that "Bush" after "Jeb Bush" is
 * him: one map read per word, where reading every speaker for every capitalised word would make a
 * long article's reading quadratic. The database's people are filed in the {@link SpeakerDirectory};
 * here are those the article introduces, who come after them.
 */
final class Surnames {

    private final SpeakerDirectory directory;
    /** The directory's speaker of an index, as this reading knows it (its role may be the article's). */
    private final IntFunction<SpeakerBook.Speaker> known;
    /** The directory's speaker of an index if this reading met it already, else null: one never met was not seen. */
    private final IntFunction<SpeakerBook.Speaker> met;
    private final Map<String, List<SpeakerBook.Speaker>> introduced = new HashMap<>();

    Surnames(SpeakerDirectory directory, IntFunction<SpeakerBook.Speaker> known, IntFunction<SpeakerBook.Speaker> met) {
        this.directory = directory;
        this.known = known;
        this.met = met;
    }

    /** The key a person with two words or more in their name is filed under: the last; null for others. */
    static String surnameKey(String name, boolean person) {
        String key = Names.key(name);
        int space = key.lastIndexOf(' ');
        return person && space > 0 ? key.substring(space + 1) : null;
    }

    /** Enters a person the article introduces, whose name has two words or more, under its last. */
    void add(SpeakerBook.Speaker speaker) {
        String surname = surnameKey(speaker.name, speaker.person);
        if (surname != null) {
            introduced.computeIfAbsent(surname, k -> new ArrayList<>()).add(speaker);
        }
    }

    /** The person of this surname entered last among those the article named before {@code at}, or null. */
    SpeakerBook.Speaker seenBefore(String surname, int at) {
        List<SpeakerBook.Speaker> named = introduced.getOrDefault(surname, List.of());
        for (int i = named.size() - 1; i >= 0; i--) {
            if (named.get(i).seenBefore(at + 1)) {
                return named.get(i);
            }
        }
        List<Integer> filed = directory.withSurname(surname);
        for (int i = filed.size() - 1; i >= 0; i--) {
            SpeakerBook.Speaker speaker = met.apply(filed.get(i));
            if (speaker != null && speaker.seenBefore(at + 1)) {
                return speaker;
            }
        }
        return null;
    }

    /** The one speaker from the database with this surname whose role fits, or null when none or several do. */
    SpeakerBook.Speaker onlyKnown(String surname, String role) {
        SpeakerBook.Speaker only = null;
        for (int index : directory.withSurname(surname)) {
            SpeakerBook.Speaker s = known.apply(index);
            if (s.id != null && SpeakerBook.roleFits(s, role)) {
                if (only != null) {
                    return null;
                }
                only = s;
            }
        }
        return only;
    }
}
