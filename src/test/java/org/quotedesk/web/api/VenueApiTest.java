package org.quotedesk.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.Seed;

@QuarkusTest
class VenueApiTest {

    @Test
    void venuesAreListedByNameWithKindLocationAndCount() {
        List<Map<String, Object>> venues = given().get("/api/venues")
                .then().statusCode(200).body("total", equalTo(Seed.VENUES)).extract().jsonPath().getList("items");
        assertThat(venues).extracting(v -> (String) v.get("name")).isSorted();
        assertThat(venues).anySatisfy(v -> {
            assertThat(v.get("name")).isEqualTo("Munich Security Conference");
            assertThat(v.get("kind")).isEqualTo("CONFERENCE");
            assertThat(v.get("location")).isEqualTo("Munich");
            assertThat(v.get("quoteCount")).isEqualTo(1);
        });
    }

    @Test
    void oneVenueAndAnUnknownOne() {
        long id = given().get("/api/venues").then().extract().jsonPath().getLong("items[0].id");
        given().get("/api/venues/{id}", id).then().statusCode(200).body("id", equalTo((int) id));
        given().get("/api/venues/{id}", 777777).then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("No venue with id 777777"));
    }
}
