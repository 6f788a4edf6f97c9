package org.quotedesk.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.quotedesk.catalogue.quote.QuoteType;

/**
 * The extractor measured on PolNeAR's hand-annotated news ({@code ./mvnw -Peval
 * process-test-classes}, see the README). Not a test: it prints figures. For the attributions
 * whose content holds quote marks, it counts
 * <ul>
 * <li>recall: annotated quotes that a DIRECT or PARTIAL candidate overlaps;
 * <li>precision: DIRECT and PARTIAL candidates that overlap an annotated quote;
 * <li>speaker accuracy: over annotated quotes found that have an annotated source, those whose
 * best-overlapping candidate names its speaker inside the source span or resolves to the same name.
 * </ul>
 * It also prints how well the confidence is calibrated ({@link ConfidenceCalibration}): a quoted
 * candidate is right when it overlaps a quoted attribution and, if that has a source, names it.
 * Each article is read on its own with no known speakers, against its publication date; where
 * several annotators annotated an article, the first file in name order is the gold.
 */
public final class PolnearEvaluation {

    private PolnearEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpora/polnear-train");
        if (!Files.isRegularFile(corpus.resolve("metadata.tsv")) || !Files.isDirectory(corpus.resolve("text"))) {
            // The corpus is not part of the repository (its licence does not allow it): say where to put it.
            System.err.printf("No PolNeAR corpus at %s (it needs metadata.tsv, text/ and attributions/)."
                    + "%nGive its directory: ./mvnw -Peval process-test-classes -Deval.corpus=/path/to/polnear-train"
                    + "%n", corpus.toAbsolutePath().normalize());
            System.exit(2);
        }
        int showErrors = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        Map<String, LocalDate> published = publicationDates(corpus.resolve("metadata.tsv"));
        Counts counts = new Counts();
        ConfidenceCalibration calibration = new ConfidenceCalibration("en", "PolNeAR train");
        List<String> errors = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        long started = System.nanoTime();
        double slowest = 0;
        double reading = 0;
        int articles = 0;
        NavigableSet<String> annotations = annotationFiles(corpus.resolve("attributions"));
        try (Stream<Path> files = Files.list(corpus.resolve("text"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
                Path gold = goldFile(corpus.resolve("attributions"), annotations, name);
                if (gold == null) {
                    continue;
                }
                String text = Files.readString(file);
                texts.add(text);
                LocalDate date = published.getOrDefault(name, LocalDate.now());
                long read = System.nanoTime();
                List<Candidate> quotes = Extractor.uncalibrated(text, date, List.of(), Deadline.NONE, Language.english()).stream()
                        .filter(c -> c.type() != QuoteType.INDIRECT).toList();
                slowest = Math.max(slowest, (System.nanoTime() - read) / 1e6);
                reading += (System.nanoTime() - read) / 1e9;
                score(name, text, BratAttribution.read(gold), quotes, counts, errors, calibration);
                articles++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "PolNeAR train: %d articles, %d annotated attributions, %d with quote marks%n",
                articles, counts.attributions, counts.quoted);
        System.out.printf(Locale.ROOT, "candidates (DIRECT + PARTIAL): %d; read and scored in %.1f s (%.1f ms per"
                + " article), of which the extractor's reading %.1f s; the slowest article took %.0f ms to read%n",
                counts.predicted, seconds, seconds * 1000 / Math.max(1, articles), reading, slowest);
        System.out.printf(Locale.ROOT, "recall             %5.1f %%  (%d of %d quoted attributions overlapped)%n",
                pct(counts.found, counts.quoted), counts.found, counts.quoted);
        System.out.printf(Locale.ROOT, "precision          %5.1f %%  (%d of %d candidates overlap a quoted attribution)%n",
                pct(counts.correct, counts.predicted), counts.correct, counts.predicted);
        System.out.printf(Locale.ROOT, "  any attribution  %5.1f %%  (%d overlap some annotated content, quoted or not)%n",
                pct(counts.anyContent, counts.predicted), counts.anyContent);
        System.out.printf(Locale.ROOT, "speaker accuracy   %5.1f %%  (%d of %d found quotes with an annotated source;"
                + " %d by the mention's offsets, %d by name)%n", pct(counts.speakerRight, counts.speakerJudged),
                counts.speakerRight, counts.speakerJudged, counts.byOffsets, counts.speakerRight - counts.byOffsets);
        calibration.report();
        LongReading.print(texts, LocalDate.now(), Language.english());
        errors.stream().limit(showErrors).forEach(System.out::println);
    }

    static void score(String name, String text, List<BratAttribution> gold, List<Candidate> quotes,
            Counts counts, List<String> errors, ConfidenceCalibration calibration) {
        counts.attributions += gold.size();
        counts.predicted += quotes.size();
        for (Candidate c : quotes) {
            boolean quoted = false;
            boolean any = false;
            boolean right = false;
            for (BratAttribution a : gold) {
                if (a.contentOverlaps(c.start(), c.end())) {
                    any = true;
                    quoted |= a.quoted(text);
                    right |= a.quoted(text) && (a.source().isEmpty() || speakerRight(a, c, text));
                }
            }
            calibration.add(name, c.confidence(), right);
            counts.correct += quoted ? 1 : 0;
            counts.anyContent += any ? 1 : 0;
            if (!quoted) {
                errors.add("FP  " + name + " @" + c.start() + " «" + clip(c.text()) + "»");
            }
        }
        for (BratAttribution a : gold) {
            if (!a.quoted(text)) {
                continue;
            }
            counts.quoted++;
            Candidate best = null;
            for (Candidate c : quotes) {
                if (a.contentOverlaps(c.start(), c.end())
                        && (best == null || a.overlap(c.start(), c.end()) > a.overlap(best.start(), best.end()))) {
                    best = c;
                }
            }
            if (best == null) {
                int[] first = a.content().get(0);
                errors.add("FN  " + name + " @" + first[0] + " «" + clip(text.substring(first[0], first[1])) + "»");
                continue;
            }
            counts.found++;
            if (a.source().isEmpty()) {
                continue;
            }
            counts.speakerJudged++;
            if (speakerRight(a, best, text)) {
                counts.speakerRight++;
                counts.byOffsets += a.sourceOverlaps(best.speaker().start(), best.speaker().end()) ? 1 : 0;
            } else {
                errors.add("SPK " + name + " @" + best.start() + " gold «" + a.sourceText(text) + "» got «"
                        + best.speaker().written() + "» = " + best.speaker().name() + " «" + clip(best.text()) + "»");
            }
        }
    }

    private static final Pattern BRACKETS_AT_END = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    /** The candidate's speaker is named inside the annotated source, or resolves to the same name. */
    private static boolean speakerRight(BratAttribution a, Candidate c, String text) {
        return a.sourceOverlaps(c.speaker().start(), c.speaker().end())
                || sameName(c.speaker().name(), a.sourceText(text));
    }

    /**
     * "Donald Trump" and "Trump", "the Clinton campaign" and "Clinton campaign": the same name. A party or
     * place in brackets after the annotated name ("Günther Oettinger (CDU)") is not part of it.
     */
    static boolean sameName(String predicted, String gold) {
        if (predicted == null) {
            return false;
        }
        String p = Names.key(predicted);
        String g = Names.key(BRACKETS_AT_END.matcher(gold).replaceFirst(""));
        if (p.isEmpty() || g.isEmpty()) {
            return false;
        }
        if (p.equals(g)) {
            return true;
        }
        String[] pw = p.split(" ");
        String[] gw = g.split(" ");
        String surname = pw[pw.length - 1];
        return surname.equals(gw[gw.length - 1]) && Character.isUpperCase(predicted.strip().charAt(0))
                && !Language.english().has("pronouns", surname);
    }

    /** The annotation files' names, listed once: listing the directory for each article read it 840 times. */
    private static NavigableSet<String> annotationFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".ann"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** The first annotator's file of an article ("NAME_d473.ann"), or null. */
    private static Path goldFile(Path dir, NavigableSet<String> annotations, String name) {
        String first = annotations.ceiling(name + "_");
        return first != null && first.startsWith(name + "_") ? dir.resolve(first) : null;
    }

    private static Map<String, LocalDate> publicationDates(Path metadata) throws IOException {
        Map<String, LocalDate> dates = new HashMap<>();
        List<String> lines = Files.readAllLines(metadata);
        List<String> header = List.of(lines.get(0).split("\t"));
        int file = header.indexOf("filename");
        int date = header.indexOf("publication_date");
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split("\t");
            if (columns.length > Math.max(file, date)) {
                dates.put(columns[file], LocalDate.parse(columns[date]));
            }
        }
        return dates;
    }

    static double pct(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static String clip(String s) {
        String flat = s.replace('\n', ' ');
        return flat.length() > 90 ? flat.substring(0, 90) + "…" : flat;
    }

    static final class Counts {
        long attributions;
        long quoted;
        long predicted;
        long correct;
        long anyContent;
        long found;
        long speakerJudged;
        long speakerRight;
        long byOffsets;
    }
}
