package org.quotedesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotedesk.support.Editor.editor;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.quotedesk.support.Browser;
import org.quotedesk.support.WritableDatabase;

/** The search page shows one card per statement, saying who reported it first, with a switch to every report. */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class StatementCardBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser(true);

    @TestHTTPResource("/")
    URL base;

    private final String word = "kw" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");

    private long source(String outlet, String publishedOn) {
        return editor().body(Map.of("title", "Report " + word, "publisher", outlet, "publishedOn", publishedOn,
                "language", "en")).post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long quote(long source, String text) {
        return editor().body(Map.of("text", text, "type", "DIRECT", "speaker", Map.of("name", "Ines Vale " + word),
                "source", Map.of("id", source), "spokenOn", "2022-02-19")).post("/api/quotes").then()
                .statusCode(201).extract().jsonPath().getLong("statement.id");
    }

    private static List<WebElement> cards(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("#results .quote-card"));
    }

    private static String reports(WebElement card) {
        return card.findElement(By.cssSelector(".statement-reports")).getText();
    }

    @Test
    void aStatementReportedTwiceIsOneCardNamingTheFirstOutletAndTheSwitchShowsEveryReport() {
        String said = "The " + word + " ferry will run again from Monday.";
        long later = source("Evening Courier", "2022-02-21");
        long earlier = source("Harbour Wire", "2022-02-20");
        long statement = quote(later, said);
        quote(earlier, said);
        quote(earlier, "Tickets for the " + word + " ferry stay at the old price.");

        ChromeDriver driver = browser.open(base, "/?q=" + word);
        assertThat(driver.findElement(By.id("results-count")).getText()).startsWith("2 statements (3 quotes)");
        List<WebElement> cards = cards(driver);
        assertThat(cards).hasSize(2);
        WebElement twice = cards.stream().filter(card -> !card.findElements(By.cssSelector(".statement-reports"))
                .isEmpty()).findFirst().orElseThrow();
        assertThat(reports(twice)).isEqualTo("Reported by 2 outlets, first by Harbour Wire on 20 Feb 2022 · 2 reports");
        assertThat(twice.findElement(By.linkText("2 reports")).getAttribute("href")).endsWith("/statements/" + statement);
        assertThat(cards.stream().filter(card -> card.findElements(By.cssSelector(".statement-reports")).isEmpty()))
                .as("a statement reported once shows the card as before").hasSize(1);

        driver.findElement(By.id("grouping")).findElement(By.linkText("Every report")).click();
        browser.waiting().until(ExpectedConditions.urlContains("group=none"));
        assertThat(driver.findElement(By.id("results-count")).getText()).startsWith("3 quotes");
        assertThat(cards(driver)).hasSize(3);
        assertThat(cards(driver).stream().filter(card -> !card.findElements(By.cssSelector(".statement-reports"))
                .isEmpty()).map(StatementCardBrowserTest::reports)).containsExactly("One of 2 reports", "One of 2 reports");

        WebElement q = driver.findElement(By.id("q"));
        q.clear();
        q.sendKeys("ferry " + word);
        q.submit();
        browser.waiting().until(ExpectedConditions.urlContains("q=ferry"));
        assertThat(driver.getCurrentUrl()).as("a new search keeps to every report").contains("group=none");
        assertThat(cards(driver)).hasSize(3);

        driver.findElement(By.id("grouping")).findElement(By.linkText("One card per statement")).click();
        browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("group=")));
        assertThat(cards(driver)).hasSize(2);
    }
}
