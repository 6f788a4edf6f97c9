package org.quotedesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.Api;
import org.quotedesk.support.Seed;

/**
 * Offsets point at the quote in the stored source text, end exclusive, without the enclosing quote
 * marks; a comma printed inside the closing mark (US style) is not part of the quote.
 */
@QuarkusTest
class SeedOffsetsTest {

    @Test
    void everyQuoteIsExactlyTheSourceTextAtItsOffsets() {
        Map<Long, String> texts = new HashMap<>();
        List<Map<String, Object>> quotes = Api.allQuotes();
        assertThat(quotes).isNotEmpty();
        for (Map<String, Object> quote : quotes) {
            long sourceId = Api.id(Api.child(quote, "source"));
            String text = texts.computeIfAbsent(sourceId, Api::sourceText);
            int start = (Integer) quote.get("start");
            int end = (Integer) quote.get("end");
            assertThat(text.substring(start, end)).as("quote %s", quote.get("id")).isEqualTo(quote.get("text"));
            assertThat((String) quote.get("text")).as("quote %s", quote.get("id")).isEqualTo(
                    ((String) quote.get("text")).strip());
        }
    }

    @Test
    void quotedStatementsSitJustInsideTheirQuoteMarks() {
        Map<Long, String> texts = new HashMap<>();
        List<Map<String, Object>> quoted = Api.allQuotes().stream()
                .filter(q -> !"INDIRECT".equals(q.get("type"))).toList();
        assertThat(quoted).hasSize(Seed.QUOTED);
        for (Map<String, Object> quote : quoted) {
            String text = texts.computeIfAbsent(Api.id(Api.child(quote, "source")), Api::sourceText);
            int start = (Integer) quote.get("start");
            int end = (Integer) quote.get("end");
            assertThat(text.charAt(start - 1)).as("opening mark of quote %s", quote.get("id")).isIn('“', '‘');
            String after = text.substring(end, Math.min(text.length(), end + 2));
            assertThat(after).as("closing mark of quote %s", quote.get("id")).matches("(?s)[”’].?|,”");
        }
    }
}
