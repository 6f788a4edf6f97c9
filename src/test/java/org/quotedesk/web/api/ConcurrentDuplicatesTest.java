package org.quotedesk.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.Editor;
import org.quotedesk.support.WritableDatabase;

/** The same quote sent several times at once is stored once: before, 8 at once stored 2 in 3 rounds of 5. */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class ConcurrentDuplicatesTest {

    static final int ROUNDS = 5;
    static final int AT_ONCE = 8;

    @Test
    void identicalQuotesPostedAtOnceAreStoredOnceAndTheOthersAre409() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String text = "We meet again in round " + round + ", at " + System.nanoTime() + ".";
                long source = Editor.createSource("Race " + text, "2024-03-02", text);
                long speaker = Editor.createSpeaker("Racer " + System.nanoTime(), null);
                Map<String, Object> quote = Editor.quote(speaker, source, text, 0);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> posts = new ArrayList<>();
                for (int i = 0; i < AT_ONCE; i++) {
                    posts.add(pool.submit(() -> {
                        start.await();
                        return Editor.editor().body(quote).post("/api/quotes").statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> post : posts) {
                    statuses.add(post.get());
                }
                assertThat(statuses).as("round %d", round).containsOnly(201, 409).containsOnlyOnce(201);
                assertThat(given().queryParam("source", source).get("/api/quotes").then().statusCode(200)
                        .extract().jsonPath().getLong("total")).isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
    }
}
