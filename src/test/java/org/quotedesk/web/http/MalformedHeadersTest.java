package org.quotedesk.web.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotedesk.support.RawHttp;

/** Headers the reliability run found answered with a 500: each is now a 4xx. */
@QuarkusTest
class MalformedHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"x", "/", "application/", "text/ plain", "a/b/c"})
    void aContentTypeThatIsNoMediaTypeIsA415(String type) throws Exception {
        for (String path : new String[] {"/api/extract", "/logout"}) {
            try (RawHttp client = RawHttp.connect()) {
                client.send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type
                        + "\r\nContent-Length: 2\r\n\r\n{}");
                assertThat(client.status(Duration.ofSeconds(5))).as(path).isEqualTo(415);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html;level=1;q=2", "*/*;q=abc", "text/html;q=-1", "text/html;;=x"})
    void anAcceptHeaderThatCannotBeReadIsA400(String accept) {
        given().header("Accept", accept).get("/").then().statusCode(400);
        given().header("Accept", accept).get("/api/quotes").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aBrowsersUsualAcceptHeaderIsRead() {
        given().header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").get("/")
                .then().statusCode(200);
    }

    @Test
    void aSignInThatIsNotAFormIsA415() {
        given().contentType("text/plain").body("j_username=a&j_password=b").post("/j_security_check")
                .then().statusCode(415);
    }

    @Test
    void anHttp11RequestWithoutAHostIsA400Problem() throws Exception {
        try (RawHttp client = RawHttp.connect()) {
            String head = client.send("GET /api/quotes HTTP/1.1\r\n\r\n").head(Duration.ofSeconds(5));
            assertThat(head).startsWith("HTTP/1.1 400").contains("application/problem+json");
        }
    }
}
