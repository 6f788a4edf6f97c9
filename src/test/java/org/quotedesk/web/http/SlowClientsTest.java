package org.quotedesk.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.RawHttp;

/**
 * Clients that announce a body and send it a byte at a time. Each used to hold a worker thread while
 * Quarkus REST read its body: 210 of them (the pool has 200) froze every page and API call.
 */
@QuarkusTest
class SlowClientsTest {

    static final int SLOW_CLIENTS = 210;

    @Test
    void moreSlowUploadsThanWorkerThreadsFreezeNothingAndAreCutOffIn408() throws Exception {
        List<RawHttp> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                slow.add(RawHttp.connect().send("POST /api/extract HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"text\": \"“"));
            }
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            for (String path : List.of("/api/quotes?q=harmful", "/", "/speakers")) {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + RestAssured.port + path)).timeout(Duration.ofSeconds(10))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(path).isEqualTo(200);
            }
            for (RawHttp client2 : slow) {
                assertThat(client2.status(Duration.ofSeconds(30))).isEqualTo(408);
                assertThat(client2.closedWithin(Duration.ofSeconds(5))).isTrue();
            }
        } finally {
            for (RawHttp connection : slow) {
                connection.close();
            }
        }
    }
}
