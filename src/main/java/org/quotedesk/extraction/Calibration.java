package org.quotedesk.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.quotedesk.catalogue.quote.QuoteType;

/**
 * Turns the extractor's raw score of a quoted candidate (DIRECT or PARTIAL) into the share of such
 * candidates found right when measured: a monotone table per language, {@code calibration-<code>.tsv}
 * beside this class, fitted by the evaluation command (see the README). Between two raw scores of
 * the table the value is interpolated; beyond its ends it is that of the nearest end. A language
 * without a table keeps the raw score, as do INDIRECT candidates, which the corpora do not measure
 * in the same way.
 */
public final class Calibration {

    /** No table: the raw score as it is. */
    static final Calibration NONE = new Calibration(new double[0], new double[0]);

    private static final Map<String, Calibration> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final double[] raw;
    private final double[] calibrated;

    Calibration(double[] raw, double[] calibrated) {
        if (raw.length != calibrated.length) {
            throw new IllegalArgumentException("a calibrated value for each raw score");
        }
        for (int i = 0; i < raw.length; i++) {
            if (calibrated[i] < 0 || calibrated[i] > 1 || i > 0 && (raw[i] <= raw[i - 1]
                    || calibrated[i] < calibrated[i - 1])) {
                throw new IllegalArgumentException("a calibration table rises with the raw score, within 0 to 1");
            }
        }
        this.raw = raw.clone();
        this.calibrated = calibrated.clone();
    }

    /** The table of a language (ISO 639-1 code), read once; {@link #NONE} when there is none. */
    public static Calibration forLanguage(String code) {
        return BY_LANGUAGE.computeIfAbsent(code.toLowerCase(Locale.ROOT), Calibration::load);
    }

    private static Calibration load(String code) {
        try (InputStream in = Calibration.class.getResourceAsStream(fileName(code))) {
            if (in == null) {
                return NONE;
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table's file name for a language, beside this class. */
    static String fileName(String code) {
        return "calibration-" + code + ".tsv";
    }

    /**
     * A table as written: lines starting with {@code #} say how it was made, a header line names
     * the columns, then one line per raw score, rising: the raw score, its calibrated value, and
     * any further columns (such as how many candidates were measured), which are ignored.
     */
    static Calibration parse(List<String> lines) {
        List<double[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] columns = line.split("\t");
            rows.add(new double[] {Double.parseDouble(columns[0]), Double.parseDouble(columns[1])});
        }
        return new Calibration(rows.stream().mapToDouble(r -> r[0]).toArray(),
                rows.stream().mapToDouble(r -> r[1]).toArray());
    }

    /** The calibrated value of a raw score, rounded to a hundredth as the extractor gives it. */
    public double of(double score) {
        if (raw.length == 0) {
            return score;
        }
        int at = Arrays.binarySearch(raw, score);
        double value;
        if (at >= 0) {
            value = calibrated[at];
        } else {
            int above = -at - 1;
            if (above == 0) {
                value = calibrated[0];
            } else if (above == raw.length) {
                value = calibrated[raw.length - 1];
            } else {
                double share = (score - raw[above - 1]) / (raw[above] - raw[above - 1]);
                value = calibrated[above - 1] + share * (calibrated[above] - calibrated[above - 1]);
            }
        }
        return Math.round(value * 100) / 100.0;
    }

    /** The candidates with their quoted ones' confidence calibrated. */
    List<Candidate> apply(List<Candidate> candidates) {
        if (raw.length == 0) {
            return candidates;
        }
        return candidates.stream()
                .map(c -> c.type() == QuoteType.INDIRECT ? c : c.withConfidence(of(c.confidence()))).toList();
    }
}
