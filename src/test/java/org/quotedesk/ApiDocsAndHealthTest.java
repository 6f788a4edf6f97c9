package org.quotedesk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiDocsAndHealthTest {

    @Test
    void openApiDescribesTheReadApi() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/quotes'.get.parameters.name", hasItems("page", "size"))
                .body("paths", hasKey("/api/speakers/{id}/quotes"))
                .body("paths", hasKey("/api/sources/{id}"))
                .body("paths.'/api/quotes/{id}'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/QuoteDto"))
                .body("paths.'/api/quotes/{id}'.get.responses.'404'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"));
    }

    @Test
    void openApiShowsTheThreeWaysAQuoteIsWrittenWithExamples() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/quotes'.post.requestBody.content.'application/json'.examples",
                        allOf(hasKey("anchored"), hasKey("located"), hasKey("cited")))
                .body("paths.'/api/quotes'.post.requestBody.content.'application/json'.examples.cited.value.source",
                        allOf(hasKey("locator"), not(hasKey("text"))))
                .body("paths.'/api/quotes'.post.description", allOf(containsString("located"),
                        containsString("citation")))
                .body("components.schemas.QuoteInput.properties.start.description", containsString("located"))
                .body("components.schemas.SourceInput.properties", hasKey("locator"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void healthIsUpWithTheDatabase() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
