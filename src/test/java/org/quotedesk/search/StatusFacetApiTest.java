package org.quotedesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotedesk.support.Api.search;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.Editor;
import org.quotedesk.support.WritableDatabase;

/** The status facet and filter, on quotes of a source of the test's own: one per status, and one more unverified. */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class StatusFacetApiTest {

    private static final String[] TEXTS = {"Checked against the tape.", "Nobody has checked this.",
        "Nor this one.", "Some say otherwise.", "Another said it."};
    private static final String[] STATUSES = {"VERIFIED", "UNVERIFIED", "UNVERIFIED", "DISPUTED", "MISATTRIBUTED"};

    /** The id of a new source holding the five quotes. */
    private static long sourceWithEveryStatus() {
        String text = String.join(" ", TEXTS);
        long speaker = Editor.createSpeaker("Status Tester " + System.nanoTime(), null);
        long source = Editor.createSource("Status facet " + System.nanoTime(), "2024-04-01", text);
        for (int i = 0; i < TEXTS.length; i++) {
            Map<String, Object> quote = new HashMap<>(Editor.quote(speaker, source, TEXTS[i], text.indexOf(TEXTS[i])));
            quote.put("status", STATUSES[i]);
            quote.put("evidence", "Checked against the recording for the test");
            Editor.editor().body(quote).post("/api/quotes").then().statusCode(201);
        }
        return source;
    }

    @Test
    void theFacetCountsEveryStatusInTheEnumsOrder() {
        long source = sourceWithEveryStatus();
        var result = search("source", source, "size", 1);
        assertThat(result.getList("facets.status.value", String.class))
                .containsExactly("VERIFIED", "UNVERIFIED", "DISPUTED", "MISATTRIBUTED");
        assertThat(result.getList("facets.status.count", Long.class)).containsExactly(1L, 2L, 1L, 1L);
    }

    @Test
    void theFilterKeepsOneStatusAndTheFacetFollows() {
        long source = sourceWithEveryStatus();
        var unverified = search("source", source, "status", "UNVERIFIED");
        assertThat(unverified.getList("items.status", String.class)).containsExactly("UNVERIFIED", "UNVERIFIED");
        assertThat(unverified.getList("facets.status.value", String.class)).containsExactly("UNVERIFIED");
        var disputed = search("source", source, "status", "disputed");
        assertThat(disputed.getList("items.text", String.class)).containsExactly("Some say otherwise.");
        assertThat(search("q", "checked", "source", source, "status", "VERIFIED").getList("items.text", String.class))
                .isEqualTo(List.of("Checked against the tape."));
    }
}
