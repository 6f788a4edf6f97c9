package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people of one article by the last word of their name, so that "Bush" after "Jeb Bush" is
 * him: one map read per word, where reading every speaker for every capitalised word would make a
 * long article's reading quadratic.
 */
final class Surnames {

    private final Map<String, List<SpeakerBook.Speaker>> bySurname = new HashMap<>();

    /** Enters a person whose name has two words or more, under its last. */
    void add(SpeakerBook.Speaker speaker) {
        String key = Names.key(speaker.name);
        int space = key.lastIndexOf(' ');
        if (speaker.person && space > 0) {
            bySurname.computeIfAbsent(key.substring(space + 1), k -> new ArrayList<>()).add(speaker);
        }
    }

    /** The person of this surname entered last among those the article named before {@code at}, or null. */
    SpeakerBook.Speaker seenBefore(String surname, int at) {
        List<SpeakerBook.Speaker> named = bySurname.getOrDefault(surname, List.of());
        for (int i = named.size() - 1; i >= 0; i--) {
            if (named.get(i).seenBefore(at + 1)) {
                return named.get(i);
            }
        }
        return null;
    }

    /** The one speaker from the database with this surname whose role fits, or null when none or several do. */
    SpeakerBook.Speaker onlyKnown(String surname, String role) {
        SpeakerBook.Speaker only = null;
        for (SpeakerBook.Speaker s : bySurname.getOrDefault(surname, List.of())) {
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
