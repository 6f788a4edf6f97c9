package org.quotedesk.web.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.RawHttp;

/** Each route takes a body of the size it needs, and no more: refused before it is read. */
@QuarkusTest
class BodyLimitsTest {

    /** Before, about 1 GB was read into memory from anyone: four at once took 4.2 GB of heap. */
    @Test
    void aHugeSignInFormIsRefusedBeforeItIsRead() throws Exception {
        try (RawHttp client = RawHttp.connect()) {
            client.send("POST /j_security_check HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000000000\r\n\r\nj_username=");
            assertThat(client.status(Duration.ofSeconds(5))).isEqualTo(413);
            assertThat(client.closedWithin(Duration.ofSeconds(5))).isTrue();
        }
    }

    /**
     * The route's limit is read from Content-Length, before the body: only its start is sent, since a
     * client still writing 300 KB when the server answers and closes may see a broken pipe instead.
     */
    @Test
    void aJsonBodyOverTheRoutesLimitIsA413Problem() throws Exception {
        try (RawHttp client = RawHttp.connect()) {
            String answer = client.send("POST /api/quotes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 300012\r\n\r\n{\"text\": \"aaaa").whole(Duration.ofSeconds(5));
            assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                    .contains("262144 bytes");
        }
    }

    @Test
    void aSourceTextOfAMillionCharactersFitsItsRoute() {
        given().contentType(ContentType.JSON).body("{\"text\": \"" + "é".repeat(1_000_000) + "\"}")
                .post("/api/sources").then().statusCode(401);
    }

    @Test
    void aBodyWithoutLengthIsRefusedWhereItWouldBeKeptInMemory() throws Exception {
        try (RawHttp client = RawHttp.connect()) {
            client.send("POST /api/extract HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"tex\r\n");
            assertThat(client.status(Duration.ofSeconds(5))).isEqualTo(411);
        }
    }

    /** A body read before the resource runs still leaves the connection open for the next request. */
    @Test
    void oneConnectionCarriesRequestsWithBodiesOneAfterAnother() throws Exception {
        String body = "{\"text\": \"“We wait,” Anna Berg said.\"}";
        try (RawHttp client = RawHttp.connect()) {
            for (int i = 0; i < 3; i++) {
                client.send("POST /api/extract HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n"
                        + body);
                assertThat(client.answer(Duration.ofSeconds(5))).as("request %d", i).isEqualTo(200);
            }
        }
    }

    @Test
    void anImportWithoutAnAccountIsRefusedBeforeItsBodyIsRead() throws Exception {
        try (RawHttp client = RawHttp.connect()) {
            client.send("POST /api/import HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
                    + "Content-Length: 100000000\r\n\r\n{");
            assertThat(client.status(Duration.ofSeconds(5))).isEqualTo(401);
            assertThat(client.closedWithin(Duration.ofSeconds(5))).isTrue();
        }
    }
}
