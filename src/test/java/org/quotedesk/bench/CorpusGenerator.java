package org.quotedesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic synthetic corpus as NDJSON in QuoteDesk's import format: N quotes by about 2,000
 * speakers over 20 years, 20 quotes per source article, whose text is made of its quotes.
 */
final class CorpusGenerator {

    static final int SPEAKERS = 2_000;
    static final int QUOTES_PER_SOURCE = 20;
    static final LocalDate FIRST_DAY = LocalDate.of(2006, 1, 1);
    static final int DAYS = 20 * 365;
    private static final String[] ROLES = {"Minister", "Senator", "Mayor", "Spokesperson", "Governor", "Analyst",
        "Ambassador", "Chief executive", "Union leader", "Professor"};
    private static final String[] VENUE_KINDS = {"PRESS_CONFERENCE", "TV_INTERVIEW", "SPEECH", "PRESS_STATEMENT",
        "SOCIAL_MEDIA_POST", "NEWS_AGENCY_INTERVIEW"};
    private static final String[] TYPES = {"DIRECT", "DIRECT", "DIRECT", "DIRECT", "DIRECT", "PARTIAL", "PARTIAL",
        "PARTIAL", "INDIRECT", "INDIRECT"};

    private final Vocabulary vocabulary;
    private final long seed;

    CorpusGenerator(Vocabulary vocabulary, long seed) {
        this.vocabulary = vocabulary;
        this.seed = seed;
    }

    static String speakerName(int index) {
        Random random = new Random(index * 7919L);
        return capitalise(syllables(random, 2)) + " " + capitalise(syllables(random, 3)) + " " + index;
    }

    /** The speaker drawn for a quote: a few speak often, most rarely (Zipf over speakers too). */
    static int speakerFor(Random random) {
        double u = random.nextDouble();
        return (int) Math.min(SPEAKERS - 1, Math.floor(Math.pow(SPEAKERS, u)) - 1);
    }

    /** Writes the corpus; returns the file. Same arguments, same bytes. */
    Path write(int quotes, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Random random = new Random(seed);
        boolean[] speakerWritten = new boolean[SPEAKERS];
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int first = 0; first < quotes; first += QUOTES_PER_SOURCE) {
                int count = Math.min(QUOTES_PER_SOURCE, quotes - first);
                LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
                List<Map<String, Object>> lines = new ArrayList<>(count);
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < count; i++) {
                    int speaker = speakerFor(random);
                    String sentence = sentence(random);
                    text.append(speakerName(speaker)).append(" said: “");
                    int start = text.length();
                    text.append(sentence);
                    int end = text.length();
                    text.append("”. ");
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("text", sentence);
                    line.put("type", TYPES[random.nextInt(TYPES.length)]);
                    line.put("speaker", speaker(speaker, speakerWritten));
                    line.put("venue", venue(random.nextInt(200)));
                    line.put("spokenOn", published.minusDays(random.nextInt(4)));
                    line.put("datePrecision", "DAY");
                    line.put("start", start);
                    line.put("end", end);
                    lines.add(line);
                }
                writeSource(out, json, lines, "Report " + (first / QUOTES_PER_SOURCE) + " of the synthetic corpus",
                        published, "Synthetic Gazette", text.toString());
            }
        }
        return file;
    }

    /**
     * Writes the quotes of one source as lines of the import: the first names the source in full
     * (publisher, language, its text), the others by its title and date.
     */
    static void writeSource(Writer out, ObjectMapper json, List<Map<String, Object>> lines, String title,
            Object publishedOn, String publisher, String text) throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("title", title);
            source.put("publishedOn", publishedOn);
            if (i == 0) {
                source.put("publisher", publisher);
                source.put("language", "en");
                source.put("text", text);
            }
            lines.get(i).put("source", source);
            out.write(json.writeValueAsString(lines.get(i)));
            out.write('\n');
        }
    }

    private static Map<String, Object> speaker(int index, boolean[] written) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("name", speakerName(index));
        if (!written[index]) {
            written[index] = true;
            ref.put("kind", "PERSON");
            ref.put("role", ROLES[index % ROLES.length]);
        }
        return ref;
    }

    private static Map<String, Object> venue(int index) {
        return Map.of("name", "Venue " + index, "kind", VENUE_KINDS[index % VENUE_KINDS.length]);
    }

    private String sentence(Random random) {
        int words = 8 + random.nextInt(25);
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = vocabulary.draw(random);
            sentence.append(w == 0 ? capitalise(word) : word).append(w == words - 1 ? "." : " ");
        }
        return sentence.toString();
    }

    private static String syllables(Random random, int count) {
        String[] parts = {"ka", "lo", "mi", "ra", "ten", "vo", "sha", "dre", "ul", "an", "bor", "ce", "di", "fe",
            "ga", "hi", "jo", "ne", "pa", "ri", "sa", "to", "vi", "za"};
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < count; i++) {
            name.append(parts[random.nextInt(parts.length)]);
        }
        return name.toString();
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
