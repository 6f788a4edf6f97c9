package org.quotedesk.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;
import org.quotedesk.extraction.ExtractorWarmedUp;

/**
 * Writes the warm-up's candidates as JSON, with the mapper the API writes with, on the extractor's
 * warm-up thread: a fresh JVM took 728 ms to write the 14,285 candidates of a 200,000-character text
 * and 376, 236 and 143 ms the next times, against 35 ms once the serializer is compiled.
 */
@ApplicationScoped
class ExtractionResultWarmUp {

    private static final Logger LOG = Logger.getLogger(ExtractionResultWarmUp.class);

    /** About 4,500 candidates each: some 90,000 written, as many as in six of the largest answers. */
    static final int ROUNDS = 20;

    void onWarmedUp(@Observes ExtractorWarmedUp warmedUp, ObjectMapper json) {
        long started = System.nanoTime();
        ExtractionResult result = new ExtractionResult(warmedUp.candidates());
        try {
            for (int i = 0; i < ROUNDS; i++) {
                json.writeValue(OutputStream.nullOutputStream(), result);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.infof("Extraction answers warmed up in %d ms", (System.nanoTime() - started) / 1_000_000);
    }
}
