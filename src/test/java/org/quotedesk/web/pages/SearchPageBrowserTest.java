package org.quotedesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
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
import org.quotedesk.support.Browser;
import org.quotedesk.support.Editor;
import org.quotedesk.support.WritableDatabase;

/** The search page's trust signals and help, in a real browser: statuses on cards, the status facet, "did you mean". */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class SearchPageBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser(true);

    @TestHTTPResource("/")
    URL base;

    private static List<WebElement> cards(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("#results .quote-card"));
    }

    private static List<String> statuses(ChromeDriver driver) {
        return cards(driver).stream().map(card -> card.findElement(By.cssSelector(".status")).getText()).toList();
    }

    @Test
    void everyCardShowsItsStatusUnverifiedIncluded() {
        ChromeDriver driver = browser.open(base, "/?q=Peskov");
        assertThat(statuses(driver)).isNotEmpty().allSatisfy(s -> assertThat(s).isEqualToIgnoringCase("Unverified"));
    }

    @Test
    void theStatusFacetNarrowsTheResults() {
        String text = "The tape was checked. Nobody checked this.";
        long speaker = Editor.createSpeaker("Facet Tester " + System.nanoTime(), null);
        long source = Editor.createSource("Status facet page " + System.nanoTime(), "2024-04-02", text);
        Map<String, Object> verified = new HashMap<>(Editor.quote(speaker, source, "The tape was checked.", 0));
        verified.put("status", "VERIFIED");
        verified.put("evidence", "https://example.org/tape");
        Editor.editor().body(verified).post("/api/quotes").then().statusCode(201);
        Editor.createQuote(speaker, source, text, "Nobody checked this.");

        ChromeDriver driver = browser.open(base, "/?source=" + source);
        assertThat(statuses(driver)).containsExactlyInAnyOrder("VERIFIED", "UNVERIFIED");
        WebElement facet = driver.findElement(By.cssSelector("section[aria-labelledby=facet-status]"));
        assertThat(facet.findElements(By.tagName("a"))).extracting(WebElement::getText)
                .containsExactly("Verified", "Unverified");
        assertThat(facet.findElements(By.cssSelector(".count"))).extracting(WebElement::getText)
                .containsExactly("1", "1");
        facet.findElement(By.linkText("Verified")).click();
        browser.waiting().until(ExpectedConditions.urlContains("status=VERIFIED"));
        assertThat(statuses(driver)).containsExactly("VERIFIED");
        assertThat(cards(driver).get(0).findElement(By.cssSelector(".quote-text")).getText())
                .isEqualTo("The tape was checked.");
        assertThat(driver.findElement(By.cssSelector(".active-filters")).getText()).contains("Status: verified");
    }

    @Test
    void aMisspelledQueryOffersTheIndexsSpellingAsALink() {
        ChromeDriver driver = browser.open(base, "/?q=Peskow");
        assertThat(driver.findElement(By.id("results-count")).getText()).startsWith("No quotes found");
        WebElement suggestion = driver.findElement(By.id("did-you-mean"));
        assertThat(suggestion.getText()).startsWith("Did you mean Peskov?");
        suggestion.findElement(By.linkText("Peskov")).click();
        browser.waiting().until(ExpectedConditions.urlContains("q=Peskov"));
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("Peskov");
        assertThat(cards(driver)).isNotEmpty().allSatisfy(card ->
                assertThat(card.findElement(By.cssSelector(".attribution a")).getText()).isEqualTo("Dmitry Peskov"));
        assertThat(driver.findElements(By.id("did-you-mean"))).isEmpty();
    }

    @Test
    void theHelpNamesTheFieldPrefixesAndItsExamplesWork() {
        ChromeDriver driver = browser.open(base, "/");
        String help = driver.findElement(By.id("search-help")).getText();
        assertThat(help).contains("text:", "speaker:", "venue:", "source:");
        driver.findElement(By.id("search-help")).findElement(By.linkText("venue:Reuters")).click();
        browser.waiting().until(ExpectedConditions.urlContains("q=venue%3AReuters"));
        assertThat(cards(driver)).hasSize(2);
    }
}
