package org.quotedesk.web.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a browser may do with QuoteDesk's answers: before, no security header was sent at all. */
@QuarkusTest
class SecurityHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/quotes/1", "/speakers", "/login", "/api/quotes", "/nothing-here"})
    void everyAnswerForbidsFramingSniffingAndForeignScripts(String path) {
        Response response = given().redirects().follow(false).get(path);
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'")
                .contains("script-src 'self';").contains("frame-ancestors 'none'").doesNotContain("unsafe");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void adminAndSignInPagesAreNotStored() {
        given().redirects().follow(false).get("/admin").then().header("Cache-Control", equalTo("no-store"));
        given().get("/login").then().header("Cache-Control", equalTo("no-store"));
        given().get("/").then().header("Cache-Control", not(equalTo("no-store")));
    }

    /** Before, the Host header went into the canonical link, the JSON-LD and "cite this". */
    @Test
    void absoluteLinksComeFromThePublicAddressNotTheRequest() {
        given().header("Host", "127.0.0.1:1234").get("/quotes/1").then().statusCode(200)
                .body(containsString("<link rel=\"canonical\" href=\"http://localhost:8080/quotes/1\">"))
                .body(containsString("\"url\":\"http://localhost:8080/quotes/1\""))
                .body(not(containsString("127.0.0.1:1234")));
    }
}
