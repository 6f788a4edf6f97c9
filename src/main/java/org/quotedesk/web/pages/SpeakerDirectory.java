package org.quotedesk.web.pages;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.quotedesk.catalogue.speaker.SpeakerDto;
import org.quotedesk.web.view.Formats;

/** Speakers filed under their initial letter, A to Z, names in dictionary order (Élysée under E). */
public record SpeakerDirectory(List<Letter> letters, int speakers) {

    public record Letter(String letter, List<SpeakerDto> speakers) {
        /** The anchor of the letter's section: "#" is not a valid one. */
        public String anchor() {
            return letter.equals("#") ? "other" : letter;
        }
    }

    public static SpeakerDirectory of(List<SpeakerDto> speakers) {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.PRIMARY);
        Map<String, List<SpeakerDto>> byLetter = new TreeMap<>(Comparator.comparing((String l) -> l.equals("#"))
                .thenComparing(Comparator.naturalOrder()));
        for (SpeakerDto speaker : speakers) {
            byLetter.computeIfAbsent(Formats.initial(speaker.name()), l -> new ArrayList<>()).add(speaker);
        }
        List<Letter> letters = new ArrayList<>();
        byLetter.forEach((letter, list) -> {
            list.sort(Comparator.comparing(SpeakerDto::name, collator));
            letters.add(new Letter(letter, list));
        });
        return new SpeakerDirectory(letters, speakers.size());
    }
}
