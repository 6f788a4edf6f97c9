package org.quotedesk.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.AdminSession;
import org.quotedesk.support.TestAccounts;
import org.quotedesk.support.TightLimits;

/**
 * The cap on public readings at once: with no reading allowed, every one is refused at once with a
 * 503 that says when to come back, rather than waiting on a thread. And the time limit on one
 * reading, spent before it starts: an editor's import is refused the same way, storing nothing.
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

    @Test
    void anArticleNotReadInTimeIsA503PageAndNothingIsStored() {
        AdminSession editor = AdminSession.signIn(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD);
        long before = given().get("/api/sources").then().statusCode(200).extract().jsonPath().getLong("total");
        Response response = editor.submit("/admin/articles/new", "/admin/articles", Map.of("title", "Ferry talks",
                "publisher", "Tarnby Post", "publishedOn", "2024-03-12", "language", "en",
                "text", "“We wait,” Anna Berg said."));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(response.asString()).contains("could not be read within 0 s").contains("site-header")
                .doesNotContain("Exception");
        assertThat(given().get("/api/sources").then().statusCode(200).extract().jsonPath().getLong("total"))
                .isEqualTo(before);
    }
}
