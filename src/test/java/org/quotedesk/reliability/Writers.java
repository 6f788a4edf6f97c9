package org.quotedesk.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Editors at work: several on one quote at once, and a steady stream of new quotes. */
final class Writers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Client client;
    private final String user;
    private final String password;

    Writers(Client client, String user, String password) {
        this.client = client;
        this.user = user;
        this.password = password;
    }

    /** Saves acknowledged, and how many of them the final state lost. */
    record Edits(int acknowledged, int conflicts, int lost) {
    }

    /**
     * {@code editors} editors each read the quote and save it with a word of their own appended to its
     * notes, {@code rounds} times. Every save answered 200 must have its word in the final notes.
     */
    Edits concurrentEditors(long quoteId, int editors, int rounds) throws Exception {
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        int[] conflicts = new int[1];
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        List<Future<?>> work = new ArrayList<>();
        for (int e = 0; e < editors; e++) {
            int editor = e;
            work.add(pool.submit(() -> {
                for (int round = 0; round < rounds; round++) {
                    JsonNode quote = JSON.readTree(client.get("/api/quotes/" + quoteId, Duration.ofSeconds(30))
                            .body());
                    String word = "e" + editor + "r" + round;
                    ObjectNode input = input(quote);
                    input.put("notes", (quote.path("notes").isNull() ? "" : quote.path("notes").asText()) + " " + word);
                    int status = client.send("PUT", "/api/quotes/" + quoteId, "application/json", input.toString(), user,
                            password).status();
                    if (status == 200) {
                        acknowledged.add(word);
                    } else if (status == 409) {
                        synchronized (conflicts) {
                            conflicts[0]++;
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        String notes = JSON.readTree(client.get("/api/quotes/" + quoteId, Duration.ofSeconds(30)).body())
                .path("notes").asText();
        List<String> words = List.of(notes.split(" "));
        int lost = (int) acknowledged.stream().filter(w -> !words.contains(w)).count();
        return new Edits(acknowledged.size(), conflicts[0], lost);
    }

    /** The quote as its PUT body: references by id. */
    private static ObjectNode input(JsonNode quote) {
        ObjectNode input = JSON.createObjectNode();
        for (String field : new String[] {"text", "type", "start", "end", "spokenOn", "datePrecision", "reportedVia",
            "status", "language", "translated", "notes", "version"}) {
            input.set(field, quote.get(field));
        }
        input.putObject("speaker").put("id", quote.path("speaker").path("id").asLong());
        input.putObject("source").put("id", quote.path("source").path("id").asLong());
        if (!quote.path("venue").isMissingNode() && !quote.path("venue").isNull()) {
            input.putObject("venue").put("id", quote.path("venue").path("id").asLong());
        }
        return input;
    }

    /**
     * {@code writers} editors add quotes of the source's sentences (each "Sentence n." of its text)
     * until stopped; returns the acknowledged ids with their texts.
     */
    Map<Long, String> addQuotes(long sourceId, long speakerId, int writers, AtomicBoolean stop, int sentences)
            throws InterruptedException {
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        String sourceText = SourceText.of(sentences);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        for (int w = 0; w < writers; w++) {
            int writer = w;
            pool.submit(() -> {
                for (int n = writer; !stop.get() && n < sentences; n += writers) {
                    String text = "Sentence " + n + ".";
                    int start = sourceText.indexOf(text);
                    String body = "{\"text\": \"" + text + "\", \"type\": \"DIRECT\", \"speaker\": {\"id\": " + speakerId
                            + "}, \"source\": {\"id\": " + sourceId + "}, \"start\": " + start + ", \"end\": "
                            + (start + text.length()) + "}";
                    Client.Answer answer = client.send("POST", "/api/quotes", "application/json", body, user, password);
                    if (answer.status() == 201) {
                        try {
                            acknowledged.put(JSON.readTree(answer.body()).path("id").asLong(), text);
                        } catch (IOException unreadable) {
                            acknowledged.put(-1L - n, text);
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
        return acknowledged;
    }

    /** The text of the source the writers quote: "Sentence 0. Sentence 1. …". */
    static final class SourceText {
        private SourceText() {
        }

        static String of(int sentences) {
            StringBuilder text = new StringBuilder();
            for (int n = 0; n < sentences; n++) {
                text.append("Sentence ").append(n).append(". ");
            }
            return text.toString().strip();
        }
    }
}
