package org.quotedesk.extraction;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.quotedesk.common.QuoteDeskConfig;

/**
 * Reads a short article per language many times once the application has started: a fresh JVM
 * read its first article of 200,000 characters in 1.06 to 1.12 s, one warmed so in 0.59 to 0.83 s,
 * and no request may take a second. Each article ends in minutes of a hearing, a run of short quotes
 * one after another (as in a transcript or a live blog): without them, the first text of 14,285 quotes
 * was read with code the JIT had not yet compiled for so many (1.11 to 1.41 s of CPU against 0.86 to
 * 1.10 s with them, three JVMs each). It runs on a low-priority thread of its own, so that start-up
 * does not wait for it. It files the database's speakers first and reads with them, so that the first
 * request does not wait for their filing either.
 */
@ApplicationScoped
class ExtractorWarmUp {

    private static final Logger LOG = Logger.getLogger(ExtractorWarmUp.class);

    /** Readings per language: 60 gained little (one start: 0.78 s against 0.85 s without). */
    static final int ROUNDS = 200;

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 12);

    void onStart(@Observes StartupEvent event, QuoteDeskConfig config, DatabaseSpeakers speakers) {
        if (!config.extraction().warmUp() || config.command().isPresent()) {
            return;
        }
        Thread thread = new Thread(() -> {
            long started = System.nanoTime();
            Map<String, Integer> found = warmUp(ROUNDS, speakers.directory());
            LOG.infof("Extractor warmed up in %d ms (candidates per reading: %s)",
                    (System.nanoTime() - started) / 1_000_000, found);
        }, "extractor-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Reads each language's warm-up article {@code rounds} times; the candidates of one reading, by language. */
    static Map<String, Integer> warmUp(int rounds, SpeakerDirectory known) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (String code : Language.CODES) {
            String text = article(code);
            Language language = Language.detect(text);
            int candidates = 0;
            for (int i = 0; i < rounds; i++) {
                candidates = Extractor.extract(text, PUBLISHED, known, null, Deadline.NONE, language).size();
            }
            found.put(code, candidates);
        }
        return found;
    }

    private static String article(String code) {
        String name = "warm-up/" + code + ".txt";
        try (InputStream in = ExtractorWarmUp.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No warm-up article " + name + " for the language " + code);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
