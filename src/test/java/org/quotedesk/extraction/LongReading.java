package org.quotedesk.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.quotedesk.support.SlowTexts;

/**
 * The evaluation's speed figures for the largest text the public endpoint takes: one text of
 * {@link ExtractionService#MAX_TEXT_LENGTH} characters made of the corpus's own articles, read
 * once to warm up and then five times, with calibration, as a request would; and each text made to
 * be slow ({@link SlowTexts}), read the same way.
 */
final class LongReading {

    private static final int RUNS = 5;

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
        time(joined.substring(0, ExtractionService.MAX_TEXT_LENGTH), language.code() + " articles joined", published,
                language);
        for (String unit : SlowTexts.UNITS) {
            time(SlowTexts.of(unit), "made to be slow, " + unit + " repeated", published, language);
        }
    }

    private static void time(String text, String what, LocalDate published, Language language) {
        int candidates = Extractor.extract(text, published, List.of(), Deadline.NONE, language).size();
        double slowest = 0;
        double total = 0;
        for (int run = 0; run < RUNS; run++) {
            long started = System.nanoTime();
            Extractor.extract(text, published, List.of(), Deadline.NONE, language);
            double ms = (System.nanoTime() - started) / 1e6;
            slowest = Math.max(slowest, ms);
            total += ms;
        }
        System.out.printf(Locale.ROOT, "one text of %,d characters (%s, %d candidates): mean %.0f ms,"
                + " slowest %.0f ms of %d readings%n", text.length(), what, candidates, total / RUNS, slowest, RUNS);
    }
}
