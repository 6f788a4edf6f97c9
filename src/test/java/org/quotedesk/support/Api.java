package org.quotedesk.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads through the public API the way a client would. */
public final class Api {

    private Api() {
    }

    /** {@code GET /api/quotes} with these parameters (name, value, name, value…), expecting a 200. */
    public static JsonPath search(Object... params) {
        RequestSpecification request = given();
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get("/api/quotes").then().statusCode(200).extract().jsonPath();
    }

    /** Every quote, paging through {@code /api/quotes} at the largest page size. */
    public static List<Map<String, Object>> allQuotes() {
        List<Map<String, Object>> quotes = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath body = given().queryParam("size", 100).queryParam("page", page)
                    .get("/api/quotes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = body.getList("items");
            quotes.addAll(items);
            if (items.isEmpty() || quotes.size() >= body.getLong("total")) {
                return quotes;
            }
        }
    }

    public static String sourceText(long sourceId) {
        return given().get("/api/sources/{id}", sourceId).then().statusCode(200).extract().path("text");
    }

    public static long id(Map<String, Object> record) {
        return ((Number) record.get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> child(Map<String, Object> record, String name) {
        return (Map<String, Object>) record.get(name);
    }
}
