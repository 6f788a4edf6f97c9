package org.quotedesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotedesk.support.AdminSession;
import org.quotedesk.support.RunningApp;

/** An article's review, half done, survives a kill -9 and a restart of the packaged application. */
class ReviewRestartIT {

    private static final String PASSWORD = "review-restart-kestrel-9";
    private static final String ARTICLE = "“The bridge will open in May,” Mayor Anna Lindqvist said on Saturday.\n\n"
            + "She added that the tolls would be lower than planned.\n\n"
            + "“We are ready,” the builder Karl Berg told the Tarnby Post.";
    private static final Pattern CARD = Pattern.compile("id=\"candidate-(\\d+)\" class=\"candidate-card (\\w+)");

    @TempDir
    Path workDir;

    @TempDir
    Path dataDir;

    @Test
    void acceptedRejectedAndPendingCandidatesAreStillThereAfterARestart() throws Exception {
        Map<String, String> env = Map.of("QUOTEDESK_DATA_DIR", dataDir.toString(), "QUOTEDESK_ADMIN_PASSWORD", PASSWORD);
        String review;
        List<String> before;
        try (RunningApp first = RunningApp.start(workDir, env, "review-restart-first")) {
            AdminSession admin = AdminSession.signIn(first.url(""), "admin", PASSWORD);
            assertThat(admin.signedIn()).isTrue();
            Response imported = admin.submit("/admin/articles/new", "/admin/articles", Map.of("title", "Bridge",
                    "publishedOn", "2024-03-12", "language", "en", "text", ARTICLE));
            assertThat(imported.statusCode()).isEqualTo(303);
            review = imported.getHeader("Location").replaceFirst("^https?://[^/]+", "");
            List<String> ids = cards(admin.get(review).asString()).stream().map(c -> c.split(" ")[0]).toList();
            assertThat(ids).hasSize(3);
            assertThat(admin.submit(review, review + "/candidates/" + ids.get(0) + "/accept", Map.of()).statusCode())
                    .isEqualTo(303);
            assertThat(admin.submit(review, review + "/candidates/" + ids.get(1) + "/reject", Map.of()).statusCode())
                    .isEqualTo(303);
            before = cards(admin.get(review).asString());
            assertThat(before).containsExactly(ids.get(0) + " accepted", ids.get(1) + " rejected",
                    ids.get(2) + " pending");
            first.kill();
        }

        try (RunningApp second = RunningApp.start(workDir, env, "review-restart-second")) {
            AdminSession admin = AdminSession.signIn(second.url(""), "admin", PASSWORD);
            String page = admin.get(review).then().statusCode(200).extract().asString();
            assertThat(cards(page)).isEqualTo(before);
            String pending = before.get(2).split(" ")[0];
            assertThat(admin.submit(review, review + "/candidates/" + pending + "/accept", Map.of()).statusCode())
                    .isEqualTo(303);
            assertThat(cards(admin.get(review).asString())).last().isEqualTo(pending + " accepted");
            second.kill();
        }
    }

    /** The candidates of a review page as "id status", in order. */
    private static List<String> cards(String page) {
        List<String> cards = new ArrayList<>();
        Matcher m = CARD.matcher(page);
        while (m.find()) {
            cards.add(m.group(1) + " " + m.group(2));
        }
        return cards;
    }
}
