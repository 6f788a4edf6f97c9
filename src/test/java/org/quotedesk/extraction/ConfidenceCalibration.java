package org.quotedesk.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * How well the extractor's confidence matches how often its quoted candidates are right, for the
 * evaluation command of a corpus: a table of confidence bins (how many candidates, their mean
 * confidence, the share right) and the expected calibration error, for the raw score and for the
 * calibrated one. With {@code -Deval.calibrate=true} it fits the language's table
 * ({@link IsotonicFit}) and writes it where {@code eval.calibrationDir} says, for the next build.
 * The corpus decides what "right" means; each candidate comes with its article, so that the table
 * can also be measured on articles it was not fitted on (two halves, each fitted on the other).
 */
final class ConfidenceCalibration {

    private static final double[] BIN_EDGES = {0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};

    private record Scored(String article, double raw, boolean right) {
    }

    private final String language;
    private final String corpus;
    private final List<Scored> scored = new ArrayList<>();

    ConfidenceCalibration(String language, String corpus) {
        this.language = language;
        this.corpus = corpus;
    }

    /** A quoted candidate of an article, with its raw score, and whether it is right. */
    void add(String article, double raw, boolean right) {
        scored.add(new Scored(article, raw, right));
    }

    /** Prints the tables; fits and writes the language's table first when asked to. */
    void report() throws IOException {
        long right = scored.stream().filter(Scored::right).count();
        System.out.printf(Locale.ROOT, "%nconfidence calibration (%s, %d quoted candidates, %.1f %% right)%n",
                language, scored.size(), 100.0 * right / Math.max(1, scored.size()));
        print("raw score", scored, s -> s);
        Calibration shipped;
        if (Boolean.getBoolean("eval.calibrate")) {
            shipped = write(IsotonicFit.of(scored.stream().mapToDouble(Scored::raw).toArray(),
                    rights(scored)));
        } else {
            shipped = Calibration.forLanguage(language);
        }
        print("calibrated, table " + Calibration.fileName(language) + " (on the articles it was fitted on)",
                scored, shipped::of);
        List<Scored> heldOut = new ArrayList<>();
        Calibration fromOdd = fit(half(1));
        Calibration fromEven = fit(half(0));
        half(0).forEach(s -> heldOut.add(new Scored(s.article(), fromOdd.of(s.raw()), s.right())));
        half(1).forEach(s -> heldOut.add(new Scored(s.article(), fromEven.of(s.raw()), s.right())));
        print("calibrated, each half of the articles by a table fitted on the other half", heldOut, s -> s);
    }

    private List<Scored> half(int parity) {
        return scored.stream().filter(s -> Math.floorMod(s.article().hashCode(), 2) == parity).toList();
    }

    private static Calibration fit(List<Scored> part) {
        return IsotonicFit.of(part.stream().mapToDouble(Scored::raw).toArray(), rights(part)).calibration();
    }

    private static boolean[] rights(List<Scored> part) {
        boolean[] rights = new boolean[part.size()];
        for (int i = 0; i < rights.length; i++) {
            rights[i] = part.get(i).right();
        }
        return rights;
    }

    private Calibration write(IsotonicFit fit) throws IOException {
        Path file = Path.of(System.getProperty("eval.calibrationDir", "src/main/resources/org/quotedesk/extraction"))
                .resolve(Calibration.fileName(language));
        long right = scored.stream().filter(Scored::right).count();
        String header = String.format(Locale.ROOT, "# The extractor's confidence (%s) calibrated: raw score of a"
                + " DIRECT or PARTIAL candidate -> share of such candidates found right.%n"
                + "# Fitted on %s by isotonic regression (pool adjacent violators) on %s: %d candidates"
                + " (in %d articles), %d right.%n"
                + "# Right: overlaps an annotated quote, and names its annotated source (when it has one).%n"
                + "# Refit after changing the extractor: ./mvnw -o -q -Peval process-test-classes"
                + " -Deval.calibrate=true%n", language, LocalDate.now(), corpus,
                scored.size(), scored.stream().map(Scored::article).distinct().count(), right);
        Files.writeString(file, header + fit.table());
        System.out.println("wrote " + file.toAbsolutePath().normalize());
        return fit.calibration();
    }

    private static void print(String title, List<Scored> scored, DoubleUnaryOperator confidence) {
        System.out.println(title);
        System.out.println("  confidence   candidates   mean stated   share right");
        double error = 0;
        for (int b = 0; b < BIN_EDGES.length - 1; b++) {
            double from = BIN_EDGES[b];
            double to = BIN_EDGES[b + 1];
            boolean last = b == BIN_EDGES.length - 2;
            int n = 0;
            int right = 0;
            double stated = 0;
            for (Scored s : scored) {
                double c = confidence.applyAsDouble(s.raw());
                if (c >= from && (c < to || last && c <= to)) {
                    n++;
                    right += s.right() ? 1 : 0;
                    stated += c;
                }
            }
            if (n == 0) {
                System.out.printf(Locale.ROOT, "  %.1f-%.1f   %10d%n", from, to, 0);
                continue;
            }
            error += Math.abs(stated - right);
            System.out.printf(Locale.ROOT, "  %.1f-%.1f   %10d   %9.1f %%   %9.1f %%%n", from, to, n,
                    100 * stated / n, 100.0 * right / n);
        }
        System.out.printf(Locale.ROOT, "  expected calibration error %.1f points%n",
                100 * error / Math.max(1, scored.size()));
    }
}
