package org.quotedesk.web.api;

import static io.restassured.RestAssured.given;
import static org.quotedesk.support.Editor.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.Editor;

/**
 * {@code POST /api/extract} matches the speakers in the database as they are at the request: the
 * extractor keeps them filed between requests, and every create, alias change and delete must reach it.
 */
@QuarkusTest
class ExtractionKnownSpeakersApiTest {

    private static final String BY_NAME = "“The locks open at six,” Orla Quennell said.";
    private static final String BY_OTHER_NAME = "“The locks open at six,” Orla Vantreight said.";

    @Test
    void aSpeakerIsMatchedOnceCreatedByAnAliasOnceGivenAndNoLongerOnceDeleted() {
        speakerOf(BY_NAME).body("id", Matchers.nullValue());

        long id = Editor.createSpeaker("Orla Quennell", "harbour master");
        speakerOf(BY_NAME).body("id", Matchers.equalTo((int) id));
        speakerOf(BY_OTHER_NAME).body("id", Matchers.nullValue());

        editor().body(Map.of("name", "Orla Quennell", "kind", "PERSON", "role", "harbour master",
                "aliases", List.of("Orla Vantreight"), "version", 0))
                .put("/api/speakers/{id}", id).then().statusCode(200);
        speakerOf(BY_OTHER_NAME).body("id", Matchers.equalTo((int) id))
                .body("name", Matchers.equalTo("Orla Quennell"));

        editor().delete("/api/speakers/{id}", id).then().statusCode(204);
        speakerOf(BY_NAME).body("id", Matchers.nullValue());
        speakerOf(BY_OTHER_NAME).body("id", Matchers.nullValue());
    }

    private static io.restassured.response.ValidatableResponse speakerOf(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "language", "en"))
                .post("/api/extract").then().statusCode(200)
                .body("candidates", Matchers.hasSize(1))
                .rootPath("candidates[0].speaker");
    }
}
