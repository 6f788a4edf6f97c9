package org.quotedesk.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.quotedesk.support.SlowTexts;

/**
 * The evaluation's speed figures for the largest text the public endpoint takes: one text of
 * {@link ExtractionService#MAX_TEXT_LENGTH} characters made of the corpus's own articles, read
 * once to warm up and then five times, with calibration, as a request would; and each text made to
 * be slow ({@link SlowTexts}), read the same way. The joined text is read once more with a database of
 * {@value #KNOWN_SPEAKERS} speakers, whose names the reading looks for, filed once beforehand as the
 * application files them ({@link SpeakerDirectory}); the filing is timed on its own.
 */
final class LongReading {

    private static final int RUNS = 5;
    private static final int KNOWN_SPEAKERS = 10_000;
    private static final String[] SYLLABLES = {"ka", "lo", "mer", "tan", "vi", "so", "rek", "dal", "bu", "nor", "fe",
        "gis", "ha", "jun", "pol", "qua"};

    private LongReading() {
    }

    static void print(List<String> articles, LocalDate published, Language language) {
        if (articles.isEmpty()) {
            return;
        }
        StringBuilder joined = new StringBuilder(ExtractionService.MAX_TEXT_LENGTH + 20_000);
        for (int i = 0; joined.length() < ExtractionService.MAX_TEXT_LENGTH; i++) {
            joined.append(articles.get(i % articles.size())).append("\n\n");
        }
        String text = joined.substring(0, ExtractionService.MAX_TEXT_LENGTH);
        time(text, language.code() + " articles joined", published, language, SpeakerDirectory.EMPTY);
        List<KnownSpeaker> speakers = speakers();
        long filing = System.nanoTime();
        SpeakerDirectory directory = SpeakerDirectory.of(speakers);
        System.out.printf(Locale.ROOT, "filing %,d speakers for the extractor: %.0f ms%n", KNOWN_SPEAKERS,
                (System.nanoTime() - filing) / 1e6);
        time(text, String.format(Locale.ROOT, "%s articles joined, %,d speakers in the database", language.code(),
                KNOWN_SPEAKERS), published, language, directory);
        for (String unit : SlowTexts.UNITS) {
            time(SlowTexts.of(unit), "made to be slow, " + unit + " repeated", published, language,
                    SpeakerDirectory.EMPTY);
        }
    }

    /** Made-up people ("Kaso Dalmerbu") with an alias each, as many as a large newsroom's database holds. */
    private static List<KnownSpeaker> speakers() {
        Random random = new Random(KNOWN_SPEAKERS);
        List<KnownSpeaker> speakers = new ArrayList<>();
        for (long id = 1; id <= KNOWN_SPEAKERS; id++) {
            String first = name(random, 2);
            String last = name(random, 3);
            speakers.add(new KnownSpeaker(id, first + " " + last, true, "minister", null, List.of(last + " " + first.charAt(0))));
        }
        return speakers;
    }

    private static String name(Random random, int syllables) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static void time(String text, String what, LocalDate published, Language language,
            SpeakerDirectory known) {
        int candidates = Extractor.extract(text, published, known, null, Deadline.NONE, language).size();
        double slowest = 0;
        double total = 0;
        for (int run = 0; run < RUNS; run++) {
            long started = System.nanoTime();
            Extractor.extract(text, published, known, null, Deadline.NONE, language);
            double ms = (System.nanoTime() - started) / 1e6;
            slowest = Math.max(slowest, ms);
            total += ms;
        }
        System.out.printf(Locale.ROOT, "one text of %,d characters (%s, %d candidates): mean %.0f ms,"
                + " slowest %.0f ms of %d readings%n", text.length(), what, candidates, total / RUNS, slowest, RUNS);
    }
}
