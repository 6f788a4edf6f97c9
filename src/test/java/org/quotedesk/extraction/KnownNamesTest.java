package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names of speakers already in the database, found in an article as whole words. */
class KnownNamesTest {

    private static final String TEXT = "Peña met Dmitry Peskov-Smith, then Peskov. The West and the west bank; "
            + "Pena’s aide, ’t Hooft and Dmitry Peskov spoke. Peskovs, Wests.";

    @Test
    void namesAndAliasesAreFoundWholeWithoutCaseOrAccents() {
        SpeakerBook book = new SpeakerBook(TEXT, SpeakerDirectory.of(List.of(
                new KnownSpeaker(1L, "Dmitry Peskov", true, "Kremlin spokesman", "Russia", List.of("Peskov")),
                new KnownSpeaker(2L, "The West", false, null, null, List.of("West")),
                new KnownSpeaker(3L, "Ana Peña", true, null, null, List.of("Peña", "’t Hooft")))), null);

        assertThat(book.within(0, TEXT.length()))
                .extracting(o -> TEXT.substring(o.start(), o.end()), o -> o.speaker().id)
                .containsExactly(
                        tuple("Peña", 3L),
                        tuple("Dmitry Peskov", 1L),
                        tuple("Peskov", 1L),
                        tuple("West", 2L),
                        tuple("Pena", 3L),
                        tuple("’t Hooft", 3L),
                        tuple("Dmitry Peskov", 1L));
    }

    @Test
    void ofTwoSpeakersOfOneNameTheOneEnteredFirstIsRead() {
        SpeakerBook book = new SpeakerBook("Carl Dahl spoke.", SpeakerDirectory.of(List.of(
                new KnownSpeaker(1L, "Carl Dahl", true, "farmer", null, List.of()),
                new KnownSpeaker(2L, "Carl Dahl", true, "mayor", null, List.of()))), null);

        assertThat(book.within(0, 16)).extracting(o -> o.speaker().id).containsExactly(1L);
    }

    @Test
    void theStartOfOneNameNamesItAndTheStartOfTwoNamesNone() {
        SpeakerBook book = new SpeakerBook("", SpeakerDirectory.of(List.of(
                new KnownSpeaker(1L, "Jean-Yves Le Drian", true, null, null, List.of()),
                new KnownSpeaker(2L, "Anna Maria Berg", true, null, null, List.of()),
                new KnownSpeaker(3L, "Anna Maria Weber", true, null, null, List.of()))), null);

        assertThat(book.named("Jean-Yves Le").id).isEqualTo(1L);
        assertThat(book.named("Anna Maria")).isNull();
        assertThat(book.named("Anna Maria Weber").id).isEqualTo(3L);
    }

    @Test
    void theOutletIsReadAfterTheDatabasesSpeakersWhoKeepANameTheyShare() {
        String text = "Harbour Post and the Tidewater Gazette reported it.";
        SpeakerBook book = new SpeakerBook(text,
                SpeakerDirectory.of(List.of(new KnownSpeaker(1L, "Harbour Post", false, null, null, List.of()))),
                new KnownSpeaker(null, "Tidewater Gazette", false, null, null, List.of("Harbour Post")));

        assertThat(book.within(0, text.length())).extracting(o -> o.speaker().name)
                .containsExactly("Harbour Post", "Tidewater Gazette");
        assertThat(book.named("Harbour Post").id).isEqualTo(1L);
        assertThat(book.named("Tidewater Gazette").name).isEqualTo("Tidewater Gazette");
    }

    @Test
    void theLongestKnownNameStartingAtAPlaceIsFoundEvenGluedToTheNextWord() {
        String text = "the US and natothe Russians, and Nato Commander Ross";

        SpeakerBook reading = new SpeakerBook(text, SpeakerDirectory.of(List.of(
                new KnownSpeaker(1L, "NATO", false, null, null, List.of()),
                new KnownSpeaker(2L, "Nato Command", false, null, null, List.of()))), null);

        assertThat(reading.startingAt(11)).extracting(o -> o.end(), o -> o.speaker().id).containsExactly(15, 1L);
        assertThat(reading.startingAt(text.indexOf("Nato Commander"))).extracting(o -> o.end() - o.start(),
                o -> o.speaker().id).containsExactly(12, 2L);
        assertThat(reading.startingAt(0)).isNull();
    }
}
