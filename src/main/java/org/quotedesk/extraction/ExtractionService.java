package org.quotedesk.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import org.quotedesk.common.QuoteDeskConfig;
import org.quotedesk.common.ServiceBusyException;
import org.quotedesk.common.ValidationFailedException;

/**
 * Reads articles with the {@link Extractor}, matching the speakers already in the database. Every
 * reading has a time limit; the public one also has a cap on how many run at once, so that anyone
 * can use it but nobody can take every processor with it.
 */
@ApplicationScoped
public class ExtractionService {

    /** Long enough for any article; a book is not an article. */
    public static final int MAX_TEXT_LENGTH = 200_000;

    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final Clock clock = Clock.systemUTC();
    private final Duration timeLimit;
    private final Semaphore publicReadings;

    private final DatabaseSpeakers speakers;

    @Inject
    public ExtractionService(QuoteDeskConfig config, DatabaseSpeakers speakers) {
        this.speakers = speakers;
        this.timeLimit = config.extraction().timeLimit();
        this.publicReadings = new Semaphore(config.extraction().maxConcurrent()
                .orElse(Math.max(1, Runtime.getRuntime().availableProcessors() / 2)));
    }

    /**
     * The candidates of an article sent by anyone ({@code POST /api/extract}): refused with a 503
     * when as many are being read already as the cap allows.
     */
    public List<Candidate> extractForAnyone(String text, LocalDate publishedOn, String publisher, String language) {
        if (!publicReadings.tryAcquire()) {
            throw new ServiceBusyException("Other articles are being read right now: send it again in a moment.",
                    RETRY_AFTER);
        }
        try {
            return extract(text, publishedOn, publisher, language);
        } finally {
            publicReadings.release();
        }
    }

    /**
     * The candidates of an article, read in the given language ("de"), or the one detected when
     * null; its outlet, when given, is a speaker too ("Politico reported"). Whether the speakers changed
     * is asked in a short transaction of its own: the reading itself holds no database connection.
     */
    public List<Candidate> extract(String text, LocalDate publishedOn, String publisher, String language) {
        Language reading = languageOf(text, language);
        if (publishedOn != null && (publishedOn.getYear() < 1 || publishedOn.getYear() > 9999)) {
            throw ValidationFailedException.of("publishedOn", "must be a date between the years 1 and 9999");
        }
        Deadline deadline = Deadline.in(timeLimit);
        SpeakerDirectory known = speakers.directory();
        KnownSpeaker outlet = publisher == null || publisher.isBlank() ? null
                : new KnownSpeaker(null, publisher.strip(), false, null, null, List.of());
        try {
            return Extractor.extract(text, publishedOn != null ? publishedOn : LocalDate.now(clock), known, outlet,
                    deadline, reading);
        } catch (Deadline.Exceeded e) {
            throw new ServiceBusyException("The article could not be read within " + timeLimit.toSeconds()
                    + " s: send a shorter text, or try again when the server is less busy.", RETRY_AFTER);
        }
    }

    /**
     * The language the extractor reads for a source's language tag ("de-AT" is German), or null to
     * detect it: a source in a language without a data file is still read, as the closest one.
     */
    public static String readableLanguage(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("-", 2)[0];
        return Language.CODES.contains(primary) ? primary : null;
    }

    private static Language languageOf(String text, String code) {
        if (code == null || code.isBlank()) {
            return Language.detect(text);
        }
        try {
            return Language.of(code);
        } catch (IllegalArgumentException e) {
            throw ValidationFailedException.of("language", "must be one of " + String.join(", ", Language.CODES)
                    + ", or left out to be detected");
        }
    }
}
