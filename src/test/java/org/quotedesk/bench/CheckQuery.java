package org.quotedesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * One text of the check mix, asked of {@code POST /api/check}: drawn from the corpus's own quotes and
 * speakers, in rotation, as a fact-checker would paste them: a quote as it is, a passage of it, a
 * word changed, a word dropped, a quote attributed to another speaker, and words no quote has.
 */
record CheckQuery(String category, String text, String speaker) {

    static final String[] CATEGORIES = {"exact", "passage", "word changed", "word dropped", "other speaker",
        "not on record"};
    private static final int MAX_TEXT = 2_000;

    /** {@code count} checks from the corpus file's quotes; the same ones for the same seed. */
    static List<CheckQuery> mix(Path corpus, int count, long seed) throws IOException {
        List<String[]> quotes = sample(corpus, count, seed);
        Random random = new Random(seed + 2);
        List<CheckQuery> checks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String category = CATEGORIES[i % CATEGORIES.length];
            String[] quote = quotes.get(i % quotes.size());
            String[] other = quotes.get((i + 1) % quotes.size());
            List<String> words = new ArrayList<>(Arrays.asList(quote[0].split("\\s+")));
            String text = switch (category) {
                case "passage" -> String.join(" ", words.subList(0, Math.min(words.size(), 8)));
                case "word changed" -> {
                    words.set(random.nextInt(words.size()), "zebra");
                    yield String.join(" ", words);
                }
                case "word dropped" -> {
                    if (words.size() > 1) {
                        words.remove(random.nextInt(words.size()));
                    }
                    yield String.join(" ", words);
                }
                case "not on record" -> "Quixotic vermilion zephyrs juggle seventeen marmalade harpsichords nightly";
                default -> quote[0];
            };
            String speaker = category.equals("other speaker") ? other[1] : quote[1];
            checks.add(new CheckQuery(category, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text,
                    speaker));
        }
        return checks;
    }

    /** Up to {@code count} (text, speaker) pairs spread over the corpus, every n-th line. */
    private static List<String[]> sample(Path corpus, int count, long seed) throws IOException {
        long lines;
        try (var all = Files.lines(corpus)) {
            lines = all.count();
        }
        long step = Math.max(1, lines / count);
        long offset = new Random(seed).nextLong(step);
        ObjectMapper json = new ObjectMapper();
        List<String[]> quotes = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            long n = 0;
            for (String line = in.readLine(); line != null && quotes.size() < count; line = in.readLine(), n++) {
                if (n % step == offset) {
                    JsonNode quote = json.readTree(line);
                    quotes.add(new String[] {quote.path("text").asText(), quote.path("speaker").path("name").asText()});
                }
            }
        }
        return quotes;
    }
}
