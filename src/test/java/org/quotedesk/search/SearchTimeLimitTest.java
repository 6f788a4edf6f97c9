package org.quotedesk.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.TightLimits;

/** A search that runs past its time limit is abandoned and answered 400, not left to run. */
@QuarkusTest
@TestProfile(TightLimits.class)
class SearchTimeLimitTest {

    @Test
    void aSearchOverItsTimeLimitIsA400NamingQ() {
        given().queryParam("q", "harmful").get("/api/quotes").then().statusCode(400)
                .contentType("application/problem+json").body("'invalid-params'.name", hasItem("q"))
                .body("detail", containsString("took longer than"));
    }
}
