package org.quotedesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.quotedesk.support.Browser;
import org.quotedesk.support.Editor;
import org.quotedesk.support.WritableDatabase;

/** The check page in a real browser: paste a quote, read the verdict and the differing words. */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class CheckPageBrowserTest {

    private static final String FERRY = "The last ferry leaves at nine, and nobody will be left <behind> on the pier.";
    private static final String SOURCE = "Captain Lund said: " + FERRY;

    @RegisterExtension
    static final Browser browser = new Browser(true);

    @TestHTTPResource("/")
    URL base;

    private static String captain;
    private static long ferryId;

    @BeforeEach
    void createTheQuote() {
        if (captain != null) {
            return;
        }
        captain = "Ingrid Lund " + System.nanoTime();
        long source = Editor.createSource("Pier notice " + System.nanoTime(), "2024-05-06", SOURCE);
        ferryId = Editor.createQuote(Editor.createSpeaker(captain, "Ferry captain"), source, SOURCE, FERRY);
    }

    private ChromeDriver paste(String text, String speaker) {
        ChromeDriver driver = browser.open(base, "/");
        driver.findElement(By.linkText("Check a quote")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/check"));
        driver.findElement(By.id("text")).sendKeys(text);
        driver.findElement(By.id("speaker")).sendKeys(speaker);
        driver.findElement(By.cssSelector("#check-form button")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        return driver;
    }

    @Test
    void anAlteredQuoteShowsTheVerdictAndTheDifferingWordsMarked() {
        ChromeDriver driver = paste("The last ferry leaves at ten, and nobody will be left <behind> on the pier!", captain);
        assertThat(driver.getCurrentUrl()).contains("text=").contains("speaker=");
        WebElement verdict = driver.findElement(By.id("verdict"));
        assertThat(verdict.findElement(By.tagName("h2")).getText()).isEqualTo("Close, but not these words");
        WebElement closest = driver.findElement(By.id("closest"));
        assertThat(closest.getText()).contains("<behind>");
        assertThat(closest.findElements(By.tagName("del"))).extracting(WebElement::getText).containsExactly("nine");
        assertThat(closest.findElements(By.tagName("ins"))).extracting(WebElement::getText).containsExactly("ten");
        assertThat(verdict.findElement(By.cssSelector(".legend")).getText()).contains("Struck out");
        assertThat(verdict.findElement(By.cssSelector(".attribution a")).getText()).isEqualTo(captain);
        assertThat(verdict.findElement(By.cssSelector(".source")).getText()).contains("Pier notice").contains("6 May 2024");
        verdict.findElement(By.linkText("The quote")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/quotes/" + ferryId));
    }

    @Test
    void theSameWordsForSomeoneElseAreSaidToBeSomeoneElses() {
        ChromeDriver driver = paste(FERRY, "A Person Nobody Knows");
        WebElement verdict = driver.findElement(By.id("verdict"));
        assertThat(verdict.findElement(By.tagName("h2")).getText()).isEqualTo("On record, but said by someone else");
        assertThat(verdict.findElement(By.cssSelector(".not-on-record")).getText())
                .isEqualTo("No one named “A Person Nobody Knows” is on record.");
        assertThat(driver.findElement(By.id("closest")).findElements(By.cssSelector("del, ins"))).isEmpty();
    }

    @Test
    void aStatementReportedTwiceNamesItsFirstReportAndLinksToIt() {
        String said = "The harbour will close for two weeks of repairs in March, and then reopen for good.";
        long suffix = System.nanoTime();
        long speaker = Editor.createSpeaker("Ruth Anker " + suffix, "Harbour master");
        Editor.createQuote(speaker, Editor.createSource("Harbour weekly " + suffix, "2024-03-10", said), said, said);
        Editor.createQuote(speaker, Editor.createSource("Coast daily " + suffix, "2024-03-08", said), said, said);
        ChromeDriver driver = paste(said, "");
        WebElement statement = driver.findElement(By.id("statement"));
        assertThat(statement.getText()).contains("One of 2 reports of this statement, first in Coast daily " + suffix)
                .contains("8 Mar 2024");
        assertThat(statement.findElement(By.linkText("The statement")).getAttribute("href")).contains("/statements/");
    }

    @Test
    void aTextTooLongIsRefusedBesideTheField() {
        ChromeDriver driver = browser.open(base, "/check?text=" + "a".repeat(2_001));
        assertThat(driver.findElement(By.id("text-error")).getText()).contains("at most 2000 characters");
        assertThat(driver.findElements(By.id("verdict"))).isEmpty();
    }
}
