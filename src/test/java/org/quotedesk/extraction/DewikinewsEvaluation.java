package org.quotedesk.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.quotedesk.catalogue.quote.QuoteType;

/**
 * The extractor measured on the German Wikinews quotation corpus (Petersen-Frey and Biemann,
 * 2024), scored as PolNeAR is ({@link PolnearEvaluation#score}) over the annotations of type
 * Direct: recall, precision and speaker accuracy. Every fifth article by sorted file name is held
 * out: only its totals are printed, never its errors, so that rules are not fitted to it. The
 * articles are read as German, as the API reads a text sent with {@code "language": "de"}.
 */
public final class DewikinewsEvaluation {

    private static final Pattern DATE = Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2})\\)\\.pretty\\.json$");

    private DewikinewsEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpora/dewikinews-train");
        if (!Files.isDirectory(corpus.resolve("articles"))) {
            // Optional: the PolNeAR figures are printed without it.
            System.out.printf("No German Wikinews corpus at %s (it needs articles/*.pretty.json): German not measured.%n",
                    corpus.toAbsolutePath().normalize());
            return;
        }
        int showErrors = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        List<Path> files;
        try (Stream<Path> listed = Files.list(corpus.resolve("articles"))) {
            files = listed.filter(f -> f.getFileName().toString().endsWith(".pretty.json")).sorted().toList();
        }
        List<Path> development = new ArrayList<>();
        List<Path> heldOut = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            (i % 5 == 4 ? heldOut : development).add(files.get(i));
        }
        List<String> errors = new ArrayList<>();
        Measured measured = measure("German Wikinews, development (4 of 5 articles)", development, errors);
        // The German table is fitted on the development articles only; the held-out ones stay unseen.
        measured.calibration().report();
        measure("German Wikinews, held out (every 5th article; errors never printed)", heldOut, new ArrayList<>());
        LongReading.print(measured.texts(), LocalDate.now(), Language.of("de"));
        errors.stream().limit(showErrors).forEach(System.out::println);
    }

    /** The articles read, and how right each candidate's confidence was. */
    private record Measured(List<String> texts, ConfidenceCalibration calibration) {
    }

    private static Measured measure(String title, List<Path> files, List<String> errors) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Language german = Language.of("de");
        PolnearEvaluation.Counts counts = new PolnearEvaluation.Counts();
        List<String> texts = new ArrayList<>();
        ConfidenceCalibration calibration = new ConfidenceCalibration("de", title);
        long started = System.nanoTime();
        for (Path file : files) {
            JsonNode article = json.readTree(file.toFile());
            String text = article.get("originalText").asText();
            texts.add(text);
            Matcher date = DATE.matcher(file.getFileName().toString());
            LocalDate published = date.find() ? LocalDate.parse(date.group(1)) : LocalDate.now();
            List<Candidate> quotes = Extractor.uncalibrated(text, published, List.of(), Deadline.NONE, german).stream()
                    .filter(c -> c.type() != QuoteType.INDIRECT).toList();
            String name = file.getFileName().toString().replaceFirst(" - .*", "");
            PolnearEvaluation.score(name, text, direct(article, text), quotes, counts, errors, calibration);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d articles, %d Direct annotations, %d candidates (DIRECT + PARTIAL),"
                + " %.1f s%n", title, files.size(), counts.quoted, counts.predicted, seconds);
        System.out.printf(Locale.ROOT, "  recall %5.1f %% (%d of %d)   precision %5.1f %% (%d of %d)   speaker %5.1f %%"
                + " (%d of %d)%n", PolnearEvaluation.pct(counts.found, counts.quoted), counts.found, counts.quoted,
                PolnearEvaluation.pct(counts.correct, counts.predicted), counts.correct, counts.predicted,
                PolnearEvaluation.pct(counts.speakerRight, counts.speakerJudged), counts.speakerRight,
                counts.speakerJudged);
        return new Measured(texts, calibration);
    }

    /** The Direct annotations as content and speaker spans, offsets turned from code points into chars. */
    private static List<BratAttribution> direct(JsonNode article, String text) {
        List<BratAttribution> gold = new ArrayList<>();
        for (JsonNode a : article.get("annotations")) {
            if (a.get("type").asText().equals("Direct")) {
                List<int[]> quote = spans(a.get("quote"), text);
                if (!quote.isEmpty()) {
                    gold.add(new BratAttribution(quote, spans(a.get("speaker"), text)));
                }
            }
        }
        return gold;
    }

    private static List<int[]> spans(JsonNode part, String text) {
        List<int[]> spans = new ArrayList<>();
        int points = text.codePointCount(0, text.length());
        for (JsonNode s : part.get("spans")) {
            int begin = Math.min(points, s.get("charBegin").asInt());
            int end = Math.min(points, s.get("charEnd").asInt());
            spans.add(new int[] {text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end)});
        }
        return spans;
    }
}
