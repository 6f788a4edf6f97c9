package org.quotedesk.web.errors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemResponsesTest {

    @Test
    void anUnsupportedMethodIsA405Problem() {
        given().delete("/api/sources")
                .then().statusCode(405).contentType("application/problem+json").body("status", equalTo(405));
    }

    @Test
    void anUnknownApiPathIsA404Problem() {
        given().get("/api/nothing-here")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void anUnacceptableMediaTypeIsA406Problem() {
        given().accept("application/xml").get("/api/quotes")
                .then().statusCode(406).contentType("application/problem+json").body("status", equalTo(406));
    }
}
