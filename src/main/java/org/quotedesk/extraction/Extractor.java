package org.quotedesk.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds the quotes of a news article, who said them, where and when, without any network or
 * model: quote marks, speech verbs, names and dates read by rules, with a confidence calibrated on
 * annotated news ({@link Calibration}). Plain Java, so that the evaluation command and the tests
 * run it without the application.
 */
public final class Extractor {

    private Extractor() {
    }

    /**
     * The candidates of an article, in text order.
     *
     * @param published the publication date, against which "Saturday" and "last week" are read
     * @param known the speakers already in the database, matched by name and alias
     */
    public static List<Candidate> extract(String text, LocalDate published, List<KnownSpeaker> known) {
        return extract(text, published, known, Deadline.NONE);
    }

    /**
     * As {@link #extract(String, LocalDate, List)}, abandoned when the deadline passes; the text's
     * language is detected.
     *
     * @throws Deadline.Exceeded when it does
     */
    public static List<Candidate> extract(String text, LocalDate published, List<KnownSpeaker> known,
            Deadline deadline) {
        return extract(text, published, known, deadline, Language.detect(text));
    }

    /**
     * As {@link #extract(String, LocalDate, List, Deadline)}, reading the text as the given language,
     * its confidence calibrated by that language's table (none yet for a language without one).
     */
    public static List<Candidate> extract(String text, LocalDate published, List<KnownSpeaker> known,
            Deadline deadline, Language language) {
        return extract(text, published, SpeakerDirectory.of(known), null, deadline, language);
    }

    /**
     * As {@link #extract(String, LocalDate, List, Deadline, Language)}, with the database's speakers
     * filed beforehand, and the article's outlet, when not null, a speaker too ("Politico reported").
     */
    public static List<Candidate> extract(String text, LocalDate published, SpeakerDirectory known,
            KnownSpeaker outlet, Deadline deadline, Language language) {
        return Calibration.forLanguage(language.code())
                .apply(uncalibrated(text, published, known, outlet, deadline, language));
    }

    /** The candidates with the reading's raw scores, which the evaluation command calibrates against the corpus. */
    static List<Candidate> uncalibrated(String text, LocalDate published, List<KnownSpeaker> known,
            Deadline deadline, Language language) {
        return uncalibrated(text, published, SpeakerDirectory.of(known), null, deadline, language);
    }

    private static List<Candidate> uncalibrated(String text, LocalDate published, SpeakerDirectory known,
            KnownSpeaker outlet, Deadline deadline, Language language) {
        return WordIndex.reading(text,
                () -> new ArticleReading(text, published, known, outlet, deadline, language).candidates());
    }
}
