package org.quotedesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.quotedesk.search.QuoteAnalyzers;
import org.quotedesk.support.Fortunes.Fortune;
import org.quotedesk.support.Fortunes;

/**
 * Real English text: Debian's attributed fortunes (about 7,300), repeated with a unique suffix per
 * quote ("… [#123]") so that none is a duplicate, 20 quotes per source whose text holds them, and a
 * query mix drawn from their own words and speakers.
 */
final class FortunesCorpus {

    private static final Pattern WORD = Pattern.compile("[a-z]{3,}");
    private static final Analyzer QUERY_ANALYZER = QuoteAnalyzers.forQueries();

    private final List<Fortune> fortunes;
    private final long seed;

    FortunesCorpus(long seed) throws IOException {
        this.fortunes = Fortunes.all();
        this.seed = seed;
        if (fortunes.isEmpty()) {
            throw new IllegalStateException("No attributed fortunes in " + Fortunes.DIRECTORY);
        }
    }

    /** Writes the corpus; same arguments, same bytes. */
    Path write(int quotes, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(seed);
        Set<String> speakersWritten = new HashSet<>();
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int first = 0; first < quotes; first += CorpusGenerator.QUOTES_PER_SOURCE) {
                int count = Math.min(CorpusGenerator.QUOTES_PER_SOURCE, quotes - first);
                LocalDate published = CorpusGenerator.FIRST_DAY.plusDays(random.nextInt(CorpusGenerator.DAYS));
                StringBuilder text = new StringBuilder();
                List<Map<String, Object>> lines = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    Fortune fortune = fortunes.get((first + i) % fortunes.size());
                    String said = fortune.text() + " [#" + (first + i) + "]";
                    text.append(fortune.speaker()).append(" once said: “");
                    int start = text.length();
                    text.append(said);
                    int end = text.length();
                    text.append("”\n\n");
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("text", said);
                    line.put("type", "DIRECT");
                    Map<String, Object> speaker = new LinkedHashMap<>();
                    speaker.put("name", fortune.speaker());
                    if (speakersWritten.add(fortune.speaker())) {
                        speaker.put("kind", "PERSON");
                    }
                    line.put("speaker", speaker);
                    line.put("spokenOn", published.minusDays(random.nextInt(4)).toString());
                    line.put("datePrecision", "DAY");
                    line.put("start", start);
                    line.put("end", end);
                    line.put("notes", fortune.attribution());
                    lines.add(line);
                }
                String title = "Fortunes, page " + (first / CorpusGenerator.QUOTES_PER_SOURCE);
                CorpusGenerator.writeSource(out, json, lines, title, published.toString(), "Debian fortunes package",
                        text.toString());
            }
        }
        return file;
    }

    /**
     * The query mix, in the categories of the synthetic one, from the fortunes' own words: common
     * and rare words by their frequency here, two words, a phrase the text holds, a prefix, OR, a
     * frequent speaker with a word, a year with a word.
     */
    List<BenchQuery> mix(int count) {
        Map<String, Integer> frequency = new HashMap<>();
        for (Fortune fortune : fortunes) {
            Matcher words = WORD.matcher(fortune.text().toLowerCase(Locale.ROOT));
            while (words.find()) {
                frequency.merge(words.group(), 1, Integer::sum);
            }
        }
        // Only words the search keeps (not stop words): a query of stop words alone is refused (400).
        List<String> byFrequency = new ArrayList<>(
                frequency.keySet().stream().filter(w -> searchable(w) == 1).toList());
        byFrequency.sort(Comparator.comparing((String w) -> -frequency.get(w)).thenComparing(w -> w));
        List<String> common = byFrequency.subList(150, 1_000);
        List<String> mid = byFrequency.subList(1_000, 4_000);
        List<String> rare = byFrequency.stream().filter(w -> frequency.get(w) == 2).toList();
        Map<String, Integer> quotesBy = new HashMap<>();
        fortunes.forEach(f -> quotesBy.merge(f.speaker(), 1, Integer::sum));
        List<String> speakers = quotesBy.keySet().stream()
                .sorted(Comparator.comparing((String s) -> -quotesBy.get(s)).thenComparing(s -> s)).limit(50).toList();

        Random random = new Random(seed + 1);
        List<BenchQuery> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String category = BenchQuery.CATEGORIES[i % BenchQuery.CATEGORIES.length];
            String c = pick(common, random);
            String m = pick(mid, random);
            queries.add(switch (category) {
                case "common word" -> BenchQuery.words(category, c);
                case "rare word" -> BenchQuery.words(category, pick(rare, random));
                case "two words" -> BenchQuery.words(category, c + " " + m);
                case "phrase" -> BenchQuery.words(category, "\"" + phrase(random) + "\"");
                case "prefix" -> BenchQuery.words(category, m.substring(0, Math.min(4, m.length())) + "*");
                case "or" -> BenchQuery.words(category, m + " OR " + pick(rare, random));
                case "speaker + word" -> new BenchQuery(category, c, List.of(c), false, pick(speakers, random),
                        null, null);
                default -> {
                    LocalDate from = CorpusGenerator.FIRST_DAY.plusDays(random.nextInt(CorpusGenerator.DAYS - 365));
                    yield new BenchQuery(category, c, List.of(c), false, null, from, from.plusDays(365));
                }
            });
        }
        return queries;
    }

    /** Two words that follow each other in a fortune. */
    private String phrase(Random random) {
        while (true) {
            String[] words = fortunes.get(random.nextInt(fortunes.size())).text().toLowerCase(Locale.ROOT)
                    .split("[^a-z]+");
            for (int tries = 0; tries < 10 && words.length > 2; tries++) {
                int at = random.nextInt(words.length - 1);
                if (words[at].length() > 3 && words[at + 1].length() > 3
                        && searchable(words[at] + " " + words[at + 1]) == 2) {
                    return words[at] + " " + words[at + 1];
                }
            }
        }
    }

    /** How many terms the search's own query analysis keeps of these words. */
    private static int searchable(String words) {
        try (TokenStream tokens = QUERY_ANALYZER.tokenStream("text", words)) {
            tokens.reset();
            int count = 0;
            while (tokens.incrementToken()) {
                count++;
            }
            tokens.end();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pick(List<String> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }
}
