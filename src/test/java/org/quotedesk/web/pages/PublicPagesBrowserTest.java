package org.quotedesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.quotedesk.support.Browser;
import org.quotedesk.support.Editor;
import org.quotedesk.support.WritableDatabase;

/** The public pages in a real browser: Debian's Chromium, headless. */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class PublicPagesBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser(true);

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver open(String path) {
        return browser.open(base, path);
    }

    private static List<WebElement> cards(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("#results .quote-card"));
    }

    private static String count(ChromeDriver driver) {
        return driver.findElement(By.id("results-count")).getText();
    }

    @Test
    void aQueryTypedAndSubmittedShowsPeskovsQuoteWithTheMatchMarked() {
        ChromeDriver driver = open("/");
        WebElement box = driver.findElement(By.id("q"));
        assertThat(driver.switchTo().activeElement()).isEqualTo(box);
        box.sendKeys("\"harmful practice\"", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("q=%22harmful+practice%22"));
        browser.waiting().until(d -> count(driver).startsWith("1 quote"));
        WebElement card = cards(driver).get(0);
        assertThat(card.findElement(By.cssSelector(".quote-text")).getText())
                .contains("The daily exercise of announcing dates to invade Ukraine is a very harmful practice");
        assertThat(card.findElements(By.cssSelector(".quote-text mark"))).extracting(WebElement::getText)
                .isNotEmpty().allSatisfy(marked -> assertThat(marked).isIn("harmful", "practice", "harmful practice"));
        assertThat(card.findElement(By.cssSelector(".attribution a")).getText()).isEqualTo("Dmitry Peskov");
        assertThat(card.findElement(By.cssSelector(".attribution")).getText()).contains("Kremlin spokesman");
        assertThat(card.findElement(By.cssSelector(".said")).getText()).isEqualTo("20 Feb 2022");
    }

    @Test
    void clickingAFacetNarrowsTheResults() {
        ChromeDriver driver = open("/?q=war");
        int before = cards(driver).size();
        driver.findElement(By.id("facets")).findElement(By.linkText("Kamala Harris")).click();
        browser.waiting().until(ExpectedConditions.urlContains("speaker="));
        assertThat(count(driver)).startsWith("1 quote");
        assertThat(cards(driver)).hasSizeLessThan(before).allSatisfy(card ->
                assertThat(card.findElement(By.cssSelector(".attribution a")).getText()).isEqualTo("Kamala Harris"));
        assertThat(driver.findElement(By.cssSelector(".active-filters")).getText()).contains("Speaker: Kamala Harris");
        // The filter comes off again, and the URL says so.
        driver.findElement(By.cssSelector(".active-filters a")).click();
        browser.waiting().until(d -> !d.getCurrentUrl().contains("speaker="));
        assertThat(cards(driver)).hasSize(before);
    }

    @Test
    void aQuotePageShowsTheContextAndCarriesJsonLd() throws Exception {
        ChromeDriver driver = open("/?q=%22harmful+practice%22");
        driver.findElement(By.cssSelector("#results .context-link")).click();
        browser.waiting().until(ExpectedConditions.urlMatches("/quotes/\\d+$"));

        String quote = "So all this can have harmful consequences. The daily exercise of announcing dates to invade"
                + " Ukraine is a very harmful practice";
        assertThat(driver.findElement(By.id("quoted-span")).getText()).isEqualTo(quote);
        assertThat(driver.findElement(By.cssSelector(".context")).getText()).contains("he warned");
        assertThat(driver.findElement(By.id("citation")).getText())
                .startsWith("Dmitry Peskov (Kremlin spokesman), 20 Feb 2022")
                .contains("http://localhost:8080" + URI.create(driver.getCurrentUrl()).getPath());

        String json = driver.findElement(By.cssSelector("script[type='application/ld+json']")).getAttribute("textContent");
        JsonNode ld = new ObjectMapper().readTree(json);
        assertThat(ld.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(ld.path("@type").asText()).isEqualTo("Quotation");
        assertThat(ld.path("text").asText()).isEqualTo(quote);
        assertThat(ld.path("spokenByCharacter").path("@type").asText()).isEqualTo("Person");
        assertThat(ld.path("spokenByCharacter").path("name").asText()).isEqualTo("Dmitry Peskov");
        assertThat(ld.path("dateCreated").asText()).isEqualTo("2022-02-20");
        assertThat(ld.path("isBasedOn").path("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.path("isBasedOn").path("datePublished").asText()).isEqualTo("2022-02-22");

        driver.findElement(By.linkText("All quotes by Dmitry Peskov")).click();
        browser.waiting().until(ExpectedConditions.urlMatches("/speakers/\\d+$"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dmitry Peskov");
        assertThat(driver.findElements(By.cssSelector(".timeline .quote-card"))).hasSize(5);
        assertThat(driver.findElement(By.cssSelector("#status-unverified h2")).getText()).isEqualTo("Unverified (5 quotes)");
        assertThat(driver.findElement(By.cssSelector(".timeline h3")).getText()).isEqualTo("February 2022");
    }

    @Test
    void resultsPageForwardAndBack() {
        ChromeDriver driver = open("/?sort=date");
        List<String> first = cards(driver).stream().map(c -> c.findElement(By.cssSelector(".context-link"))
                .getAttribute("href")).toList();
        assertThat(first).hasSize(20);
        driver.findElement(By.cssSelector(".pagination a[rel=next]")).click();
        browser.waiting().until(ExpectedConditions.urlContains("page=1"));
        List<String> second = cards(driver).stream().map(c -> c.findElement(By.cssSelector(".context-link"))
                .getAttribute("href")).toList();
        assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
        assertThat(driver.findElement(By.cssSelector(".pagination a[aria-current=page]")).getText()).isEqualTo("2");
        driver.navigate().back();
        browser.waiting().until(d -> !d.getCurrentUrl().contains("page=1"));
        assertThat(cards(driver).stream().map(c -> c.findElement(By.cssSelector(".context-link"))
                .getAttribute("href")).toList()).isEqualTo(first);
    }

    @Test
    void thePageWorksOnA360PixelPhone() {
        browser.resize(360, 800);
        try {
            ChromeDriver driver = open("/?q=war");
            Long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
            Long viewport = (Long) driver.executeScript("return window.innerWidth;");
            assertThat(scrollWidth).isLessThanOrEqualTo(viewport);
            WebElement box = driver.findElement(By.id("q"));
            assertThat(box.getRect().getWidth()).isGreaterThan(200);
            box.clear();
            box.sendKeys("peace", Keys.ENTER);
            browser.waiting().until(ExpectedConditions.urlContains("q=peace"));
            assertThat(cards(driver)).isNotEmpty();
            assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth;"))
                    .isLessThanOrEqualTo(viewport);
        } finally {
            browser.resize(1280, 1000);
        }
    }

    @Test
    void markupInAQuoteIsShownAsTextAndNeverRun() {
        String payload = "<script>window.hacked=1;alert(1)</script>";
        String text = "The intern typed " + payload + " into the form.";
        long speaker = Editor.createSpeaker("Careless Intern " + System.nanoTime(), null);
        long source = Editor.createSource("Security log " + System.nanoTime(), "2024-05-01", text);
        long quote = Editor.createQuote(speaker, source, text, payload);

        ChromeDriver driver = open("/?source=" + source);
        assertThat(cards(driver).get(0).findElement(By.cssSelector(".quote-text")).getText()).contains(payload);
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(driver.executeScript("return window.hacked;")).isNull();

        open("/quotes/" + quote);
        assertThat(driver.findElement(By.id("quoted-span")).getText()).isEqualTo(payload);
        assertThat(driver.executeScript("return window.hacked;")).isNull();
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        String json = driver.findElement(By.cssSelector("script[type='application/ld+json']")).getAttribute("textContent");
        assertThat(json).doesNotContain("</script>").contains("\\u003cscript\\u003e");
    }

    @Test
    void resultsFollowTheSearchBoxAsYouType() {
        ChromeDriver driver = open("/");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("class")).contains("js");
        driver.findElement(By.id("q")).sendKeys("Stefanovich");
        browser.waiting().until(d -> count(driver).startsWith("2 quotes"));
        assertThat(driver.getCurrentUrl()).contains("q=Stefanovich");
        assertThat(cards(driver)).allSatisfy(card ->
                assertThat(card.findElement(By.cssSelector(".attribution a")).getText()).isEqualTo("Dmitry Stefanovich"));
    }

    @Test
    void anUnknownQuoteIsA404PageInTheSiteLayout() {
        ChromeDriver driver = open("/quotes/987654321");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not Found");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("No quote with id 987654321");
        assertThat(driver.findElement(By.cssSelector("nav[aria-label=Main]")).getText()).contains("Speakers");
    }

    @Test
    void speakersAreListedFromAToZWithTheirCounts() {
        ChromeDriver driver = open("/speakers");
        List<String> letters = driver.findElements(By.cssSelector(".letters a")).stream().map(WebElement::getText).toList();
        assertThat(letters).contains("A", "B", "D", "E", "G").isSorted();
        WebElement e = driver.findElement(By.id("E"));
        assertThat(e.getText()).isEqualTo("E");
        WebElement peskov = driver.findElement(By.linkText("Dmitry Peskov"));
        assertThat(peskov.findElement(By.xpath("..")).getText()).contains("5 quotes");
        // Élysée is filed under E.
        assertThat(driver.findElement(By.xpath("//section[h2[@id='E']]")).getText()).contains("Élysée Palace");
    }
}
