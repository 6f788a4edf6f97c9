package org.quotedesk.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One query of the fixed mix, asked of QuoteDesk's search API and, for comparison, of the database
 * with plain SQL LIKE. {@code terms} are what LIKE looks for: all of them, or any with {@code or}.
 */
record BenchQuery(String category, String q, List<String> terms, boolean or, String speaker, LocalDate from,
        LocalDate to) {

    static final String[] CATEGORIES = {"common word", "rare word", "two words", "phrase", "prefix", "or",
        "speaker + word", "date range + word"};

    /** The mix: the same queries for the same seed, in rotation over the categories. */
    static List<BenchQuery> mix(Vocabulary vocabulary, int count, long seed) {
        Random random = new Random(seed);
        List<BenchQuery> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String category = CATEGORIES[i % CATEGORIES.length];
            String common = vocabulary.atRank(150 + random.nextInt(vocabulary.commonWords() - 150));
            String mid = vocabulary.atRank(vocabulary.commonWords() + random.nextInt(3_000));
            String rare = vocabulary.atRank(5_000 + random.nextInt(vocabulary.size() - 5_000));
            queries.add(switch (category) {
                case "common word" -> text(category, common);
                case "rare word" -> text(category, rare);
                case "two words" -> new BenchQuery(category, common + " " + mid, List.of(common, mid), false, null,
                        null, null);
                case "phrase" -> new BenchQuery(category, "\"" + common + " " + mid + "\"",
                        List.of(common + " " + mid), false, null, null, null);
                case "prefix" -> new BenchQuery(category, mid.substring(0, 4) + "*", List.of(mid.substring(0, 4)),
                        false, null, null, null);
                case "or" -> new BenchQuery(category, mid + " OR " + rare, List.of(mid, rare), true, null, null, null);
                case "speaker + word" -> new BenchQuery(category, common, List.of(common), false,
                        CorpusGenerator.speakerName(CorpusGenerator.speakerFor(random)), null, null);
                default -> {
                    LocalDate from = CorpusGenerator.FIRST_DAY.plusDays(random.nextInt(CorpusGenerator.DAYS - 365));
                    yield new BenchQuery(category, common, List.of(common), false, null, from, from.plusDays(365));
                }
            });
        }
        return queries;
    }

    private static BenchQuery text(String category, String word) {
        return new BenchQuery(category, word, List.of(word), false, null, null, null);
    }

    /** A query of the words alone (the LIKE baseline, synthetic corpus only, does not ask it). */
    static BenchQuery words(String category, String q) {
        return new BenchQuery(category, q, List.of(q), false, null, null, null);
    }

    /** The search API request, as the web page makes it (facets come with every answer). */
    String apiPath() {
        return "/api/quotes?size=20&" + parameters();
    }

    /** The same search as the public search page. */
    String pagePath() {
        return "/?" + parameters();
    }

    private String parameters() {
        StringBuilder path = new StringBuilder("q=").append(encode(q));
        if (speaker != null) {
            path.append("&speaker=").append(encode(speaker));
        }
        if (from != null) {
            path.append("&from=").append(from).append("&to=").append(to);
        }
        return path.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
