package org.quotedesk.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.TightLimits;

/**
 * The cap on public readings at once: with no reading allowed, every one is refused at once with a
 * 503 that says when to come back, rather than waiting on a thread.
 */
@QuarkusTest
@TestProfile(TightLimits.class)
class ExtractionCapTest {

    @Test
    void aReadingOverTheCapIsRefusedWithRetryAfter() {
        given().contentType(ContentType.JSON).body(Map.of("text", "“We wait,” Anna Berg said."))
                .post("/api/extract").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("1"))
                .body("detail", containsString("send it again"));
    }
}
