package org.quotedesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quotedesk.support.Editor.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.quotedesk.support.Browser;
import org.quotedesk.support.Editor;
import org.quotedesk.support.TestAccounts;
import org.quotedesk.support.WritableDatabase;

/** Trust you can see: the status record on the quote page, its ClaimReview, and the speaker's groups. */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class VerificationPagesBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser(true);

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver open(String path) {
        return browser.open(base, path);
    }

    private static void setStatus(long quote, String status, String evidence) {
        editor().body(Map.of("status", status, "evidence", evidence)).patch("/api/quotes/{id}", quote)
                .then().statusCode(200);
    }

    private static List<JsonNode> jsonLd(ChromeDriver driver) throws Exception {
        List<JsonNode> blocks = new ArrayList<>();
        for (WebElement script : driver.findElements(By.cssSelector("script[type='application/ld+json']"))) {
            blocks.add(new ObjectMapper().readTree(script.getAttribute("textContent")));
        }
        return blocks;
    }

    @Test
    void aDisputedQuoteShowsItsRecordAndCarriesAClaimReviewThatMarkupCannotBreakOutOf() throws Exception {
        String payload = "</script><script>window.hacked=1;alert(1)</script>";
        String words = "I never wrote " + payload;
        String text = "The poster read: " + words + " End of poster.";
        String title = "Poster archive " + System.nanoTime();
        String speaker = "Poet " + System.nanoTime();
        long speakerId = Editor.createSpeaker(speaker, null);
        long quote = Editor.createQuote(speakerId, Editor.createSource(title, "2024-05-01", text), text, words);
        String link = "https://example.org/archive/poster-17";
        setStatus(quote, "DISPUTED", link);

        ChromeDriver driver = open("/quotes/" + quote);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        WebElement record = driver.findElement(By.id("verification"));
        assertThat(record.getText()).startsWith("DISPUTED by " + TestAccounts.EDITOR + " on ")
                .contains("— evidence: " + link);
        WebElement evidence = record.findElement(By.cssSelector("a.evidence"));
        assertThat(evidence.getAttribute("href")).isEqualTo(link);
        assertThat(evidence.getAttribute("rel")).isEqualTo("nofollow noopener");
        assertThat(driver.executeScript("return window.hacked;")).isNull();
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

        List<JsonNode> blocks = jsonLd(driver);
        assertThat(blocks).extracting(b -> b.path("@type").asText()).containsExactly("Quotation", "ClaimReview");
        assertThat(blocks.get(0).path("text").asText()).isEqualTo(words);
        JsonNode review = blocks.get(1);
        assertThat(review.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(review.path("claimReviewed").asText()).isEqualTo(words);
        assertThat(review.path("url").asText()).endsWith("/quotes/" + quote);
        assertThat(review.path("itemReviewed").path("@type").asText()).isEqualTo("Claim");
        assertThat(review.path("itemReviewed").path("author").path("@type").asText()).isEqualTo("Person");
        assertThat(review.path("itemReviewed").path("author").path("name").asText()).isEqualTo(speaker);
        assertThat(review.path("itemReviewed").path("appearance").path("headline").asText()).isEqualTo(title);
        assertThat(review.path("reviewRating").path("alternateName").asText()).isEqualTo("Disputed");
        assertThat(review.path("reviewRating").path("ratingValue").asInt()).isEqualTo(2);
        assertThat(review.path("reviewRating").path("worstRating").asInt()).isEqualTo(1);
        assertThat(review.path("reviewRating").path("bestRating").asInt()).isEqualTo(3);
        assertThat(review.path("author").path("name").asText()).isEqualTo("QuoteDesk");
        assertThat(review.path("editor").path("name").asText()).isEqualTo(TestAccounts.EDITOR);
        assertThat(review.path("datePublished").asText()).isEqualTo(today);
        assertThat(review.path("citation").asText()).isEqualTo(link);
    }

    @Test
    void aMisattributedQuoteOnANoteShowsTheNoteAsTextAndAnUnverifiedOneNoReview() throws Exception {
        String text = "He is said to have said: Be the change. Nobody knows where.";
        long speakerId = Editor.createSpeaker("Sage " + System.nanoTime(), null);
        long source = Editor.createSource("Sayings " + System.nanoTime(), "2024-05-01", text);
        long quote = Editor.createQuote(speakerId, source, text, "Be the change.");
        long unverified = Editor.createQuote(speakerId, source, text, "Nobody knows where.");
        String note = "Not in his collected works; <b>first</b> seen in 1974";
        setStatus(quote, "MISATTRIBUTED", note);

        ChromeDriver driver = open("/quotes/" + quote);
        WebElement record = driver.findElement(By.id("verification"));
        assertThat(record.findElement(By.cssSelector("span.evidence")).getText()).isEqualTo(note);
        assertThat(record.findElements(By.tagName("a"))).isEmpty();
        JsonNode review = jsonLd(driver).get(1);
        assertThat(review.path("reviewRating").path("alternateName").asText()).isEqualTo("Misattributed");
        assertThat(review.path("reviewRating").path("ratingValue").asInt()).isEqualTo(1);
        assertThat(review.path("reviewBody").asText()).isEqualTo(note);
        assertThat(review.has("citation")).isFalse();

        open("/quotes/" + unverified);
        assertThat(driver.findElement(By.id("verification")).getText()).isEqualTo("UNVERIFIED");
        assertThat(jsonLd(driver)).extracting(b -> b.path("@type").asText()).containsExactly("Quotation");
    }

    @Test
    void aSpeakersPageGroupsTheQuotesByStatusWithTheEvidenceAndLinksToTheRest() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 24; i++) {
            text.append("Promise number ").append(i).append(" is kept. ");
        }
        String name = "Candidate " + System.nanoTime();
        long speakerId = Editor.createSpeaker(name, null);
        long source = Editor.createSource("Manifesto " + System.nanoTime(), "2024-05-01", text.toString());
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            ids.add(Editor.createQuote(speakerId, source, text.toString(), "Promise number " + i + " is kept."));
        }
        setStatus(ids.get(0), "VERIFIED", "Checked against the manifesto PDF");
        setStatus(ids.get(1), "DISPUTED", "The party says the wording differs");
        setStatus(ids.get(2), "DISPUTED", "https://example.org/rebuttal");

        ChromeDriver driver = open("/speakers/" + speakerId);
        assertThat(driver.findElements(By.cssSelector(".status-group h2"))).extracting(WebElement::getText)
                .containsExactly("Verified (1 quote)", "Unverified (21 quotes)", "Disputed (2 quotes)");
        assertThat(driver.findElements(By.id("status-misattributed"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#status-unverified .quote-card"))).hasSize(20);
        assertThat(driver.findElements(By.cssSelector("#status-verified .verification-record"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#status-disputed .verification-record")))
                .extracting(WebElement::getText)
                .anySatisfy(r -> assertThat(r).contains("evidence: The party says the wording differs"))
                .anySatisfy(r -> assertThat(r).contains("evidence: https://example.org/rebuttal"));
        assertThat(driver.findElements(By.cssSelector("#status-disputed .more"))).isEmpty();

        driver.findElement(By.linkText("All 21 unverified quotes by " + name)).click();
        browser.waiting().until(ExpectedConditions.urlContains("status=UNVERIFIED"));
        assertThat(driver.findElement(By.id("results-count")).getText()).startsWith("21 quotes");
    }
}
