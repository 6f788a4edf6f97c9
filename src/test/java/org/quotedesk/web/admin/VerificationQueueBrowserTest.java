package org.quotedesk.web.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quotedesk.support.Editor.editor;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.quotedesk.support.AdminSession;
import org.quotedesk.support.Browser;
import org.quotedesk.support.Editor;
import org.quotedesk.support.TestAccounts;
import org.quotedesk.support.WritableDatabase;

/** The verification queue in a real browser: tick quotes, give them one status on one evidence. */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class VerificationQueueBrowserTest {

    private static final String TEXT = "The coach said: we will win the cup. She added: the team is ready. Then she left.";

    @RegisterExtension
    static final Browser browser = new Browser(true);

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver open(String path) {
        return browser.open(base, path);
    }

    /** A quote said later than any other, so that it tops the queue, newest said first. */
    private static long newestQuote(long speaker, long source, String words) {
        Map<String, Object> body = new HashMap<>(Editor.quote(speaker, source, words, TEXT.indexOf(words)));
        body.put("spokenOn", "2039-12-30");
        return editor().body(body).post("/api/quotes").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void signIn() {
        ChromeDriver driver = open("/admin");
        if (driver.getCurrentUrl().contains("/login")) {
            driver.findElement(By.id("j_username")).sendKeys(TestAccounts.EDITOR);
            driver.findElement(By.id("j_password")).sendKeys(TestAccounts.EDITOR_PASSWORD);
            driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
            browser.waiting().until(d -> !d.getCurrentUrl().contains("/login"));
        }
    }

    private static WebElement tick(ChromeDriver driver, long quote) {
        return driver.findElement(By.cssSelector("input[name=quote][value='" + quote + "']"));
    }

    @Test
    void anEditorVerifiesTwoQuotesAtOnceOnOneEvidence() {
        long speaker = Editor.createSpeaker("Coach " + System.nanoTime(), "Coach");
        long source = Editor.createSource("Match report " + System.nanoTime(), "2039-12-31", TEXT);
        long first = newestQuote(speaker, source, "we will win the cup.");
        long second = newestQuote(speaker, source, "the team is ready.");
        long untouched = newestQuote(speaker, source, "Then she left.");
        signIn();

        ChromeDriver driver = open("/admin");
        driver.findElement(By.linkText("Verification")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/admin/verification"));
        assertThat(driver.findElement(By.cssSelector(".tabs [aria-current=page]")).getText()).isEqualTo("Unverified");
        tick(driver, first).click();
        tick(driver, second).click();
        new Select(driver.findElement(By.id("status"))).selectByValue("VERIFIED");
        driver.findElement(By.cssSelector("form.bulk-status button[type=submit]")).click();

        // Without evidence: refused, the evidence field says why, the ticks are kept.
        browser.waiting().until(d -> !d.findElements(By.id("evidence-error")).isEmpty());
        assertThat(driver.findElement(By.id("evidence-error")).getText()).contains("required");
        assertThat(tick(driver, first).isSelected()).isTrue();
        assertThat(tick(driver, untouched).isSelected()).isFalse();
        driver.findElement(By.id("evidence")).sendKeys("Checked against the club's video of the press conference");
        driver.findElement(By.cssSelector("form.bulk-status button[type=submit]")).click();

        browser.waiting().until(d -> !d.findElements(By.cssSelector(".flash")).isEmpty());
        assertThat(driver.getCurrentUrl()).endsWith("/admin/verification?tab=unverified");
        assertThat(driver.findElement(By.cssSelector(".flash")).getText())
                .isEqualTo("2 of 2 selected quotes now verified.");
        assertThat(driver.findElements(By.cssSelector("input[name=quote][value='" + first + "']"))).isEmpty();
        assertThat(tick(driver, untouched).isSelected()).isFalse();

        for (long id : List.of(first, second)) {
            JsonPath quote = given().get("/api/quotes/{id}", id).then().statusCode(200).extract().jsonPath();
            assertThat(quote.getString("status")).isEqualTo("VERIFIED");
            assertThat(quote.getString("verification.setBy")).isEqualTo(TestAccounts.EDITOR);
            assertThat(quote.getString("verification.evidence"))
                    .isEqualTo("Checked against the club's video of the press conference");
            String history = AdminSession.signIn(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD)
                    .get("/admin/quotes/" + id).asString();
            assertThat(history).contains("<th scope=\"row\">status</th><td>UNVERIFIED</td><td>VERIFIED</td>");
        }
        given().get("/api/quotes/{id}", untouched).then().statusCode(200).extract().jsonPath();
        assertThat(given().get("/api/quotes/{id}", untouched).jsonPath().getString("status")).isEqualTo("UNVERIFIED");

        // The disputed tab shows what each status rests on.
        editor().body(Map.of("status", "DISPUTED", "evidence", "Club denies it")).patch("/api/quotes/{id}", untouched)
                .then().statusCode(200);
        driver.findElement(By.linkText("Disputed")).click();
        browser.waiting().until(ExpectedConditions.urlContains("tab=disputed"));
        WebElement card = tick(driver, untouched).findElement(By.xpath("ancestor::li[contains(@class,'quote-card')]"));
        assertThat(card.findElement(By.cssSelector(".verification-record")).getText())
                .contains("by " + TestAccounts.EDITOR).contains("evidence: Club denies it");
    }
}
