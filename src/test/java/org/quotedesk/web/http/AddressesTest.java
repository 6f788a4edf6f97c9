package org.quotedesk.web.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotedesk.support.RawHttp;

/** Requests for another host, and admin addresses the sign-in could not remember. */
@QuarkusTest
class AddressesTest {

    /** Before, the Host header went into redirects, canonical links, JSON-LD and "cite this". */
    @Test
    void aRequestForAnotherHostIsRefused() {
        given().header("Host", "evil.example").get("/quotes/1").then().statusCode(400);
        given().header("Host", "evil.example").redirects().follow(false).get("/admin").then().statusCode(400);
        given().header("Host", "localhost").get("/quotes/1").then().statusCode(200);
    }

    /** Before, each of these was never answered and held its connection for 30 minutes. */
    @ParameterizedTest
    @ValueSource(strings = {"/admin;x=1", "/admin/quotes?q=a,b", "/admin/speakers;jsessionid=1?page=0,1"})
    void anAdminAddressACookieCannotHoldIsAnsweredSignedOut(String address) throws Exception {
        try (RawHttp client = RawHttp.connect()) {
            String head = client.send("GET " + address + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .head(Duration.ofSeconds(5));
            assertThat(head).startsWith("HTTP/1.1 303");
            String location = head.lines().filter(l -> l.toLowerCase().startsWith("location:")).findFirst()
                    .orElseThrow().substring("location:".length()).strip();
            assertThat(AdminAddresses.cookieSafe(location)).isTrue();
            try (RawHttp again = RawHttp.connect()) {
                assertThat(again.send("GET " + location + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                        .status(Duration.ofSeconds(5))).isBetween(300, 404);
            }
        }
    }
}
