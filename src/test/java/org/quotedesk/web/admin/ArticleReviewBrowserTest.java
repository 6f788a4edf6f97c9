package org.quotedesk.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.quotedesk.support.Browser;
import org.quotedesk.support.TestAccounts;
import org.quotedesk.support.WritableDatabase;

/** Importing an article and reviewing its candidates in a real browser, selection included. */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class ArticleReviewBrowserTest {

    static final String ARTICLE = "Tarnby opens its new bridge in May.\n\n"
            + "“The bridge will open in May,” Mayor Anna Lindqvist said on Saturday.\n\n"
            + "She added that the tolls would be lower than planned.\n\n"
            + "Meanwhile the works run on.";

    @RegisterExtension
    static final Browser browser = new Browser(true);

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver open(String path) {
        return browser.open(base, path);
    }

    /** Imports the article through the form, signed in as an editor: the driver is then on its review. */
    private ChromeDriver importArticle(String title, String text) {
        ChromeDriver driver = open("/admin/articles/new");
        // The browser stays signed in from one test to the next.
        if (driver.getCurrentUrl().contains("/login")) {
            driver.findElement(By.id("j_username")).sendKeys(TestAccounts.EDITOR);
            driver.findElement(By.id("j_password")).sendKeys(TestAccounts.EDITOR_PASSWORD);
            driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        }
        // Signed in, the editor is back on the page asked for.
        browser.waiting().until(ExpectedConditions.urlMatches("/admin/articles/new$"));
        driver.findElement(By.id("title")).sendKeys(title);
        driver.findElement(By.id("publisher")).sendKeys("Tarnby Post");
        // Date inputs and long texts: set the values as the form sends them.
        driver.executeScript("document.getElementById('publishedOn').value = '2024-03-12';"
                + "document.getElementById('text').value = arguments[0];", text);
        driver.findElement(By.cssSelector("form[action='/admin/articles'] button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.urlMatches("/admin/articles/\\d+$"));
        return driver;
    }

    @Test
    void anEditorImportsAnArticleAcceptsACandidateAndAddsAMissedOneBySelectingIt() {
        ChromeDriver driver = importArticle("Tarnby bridge", ARTICLE);
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).contains("candidate quotes to review");
        List<WebElement> marks = driver.findElements(By.cssSelector("#article-text mark.candidate"));
        assertThat(marks).extracting(WebElement::getText)
                .contains("The bridge will open in May", "the tolls would be lower than planned");
        assertThat(driver.findElement(By.id("article-text")).getText()).contains("Meanwhile the works run on");

        WebElement first = driver.findElements(By.cssSelector(".candidate-card")).get(0);
        assertThat(first.getText()).contains("Anna Lindqvist").contains("Mayor").contains("9 Mar 2024");
        first.findElement(By.xpath(".//button[text()='Accept']")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"),
                "accepted as quote"));
        assertThat(driver.findElements(By.cssSelector("#article-text mark.candidate.accepted"))).hasSize(1);

        // Select the words the extractor missed, as an editor would with the mouse.
        driver.executeScript("""
                const panel = document.getElementById('article-text');
                const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
                let node;
                while ((node = walker.nextNode()) && !node.textContent.includes('the works run on')) { }
                const start = node.textContent.indexOf('the works run on');
                const range = document.createRange();
                range.setStart(node, start);
                range.setEnd(node, start + 'the works run on'.length);
                window.getSelection().removeAllRanges();
                window.getSelection().addRange(range);""");
        driver.findElement(By.id("use-selection")).click();
        assertThat(driver.findElement(By.id("words")).getAttribute("value")).isEqualTo("the works run on");
        assertThat(driver.findElement(By.id("missed-start")).getAttribute("value"))
                .isEqualTo(Integer.toString(ARTICLE.indexOf("the works run on")));
        driver.findElement(By.xpath("//button[text()='Add and complete…']")).click();

        browser.waiting().until(ExpectedConditions.urlMatches("/admin/quotes/new\\?candidate=\\d+$"));
        assertThat(driver.findElement(By.id("text")).getAttribute("value")).isEqualTo("the works run on");
        driver.findElement(By.id("speaker")).sendKeys("Tarnby council");
        driver.findElement(By.name("createSpeaker")).click();
        new Select(driver.findElement(By.id("newSpeakerKind"))).selectByValue("ORGANIZATION");
        new Select(driver.findElement(By.id("type"))).selectByValue("INDIRECT");
        driver.findElement(By.cssSelector("button[value=save]")).click();

        browser.waiting().until(ExpectedConditions.urlMatches("/admin/articles/\\d+#candidate-\\d+$"));
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).contains("created from candidate");
        assertThat(driver.findElements(By.cssSelector("#article-text mark.candidate.accepted"))).hasSize(2);
        assertThat(driver.findElement(By.cssSelector(".review-candidates")).getText()).contains("added by hand");
    }

    @Test
    void anUnsureCandidateIsAcceptedOnlyWithTheBoxTicked() {
        ChromeDriver driver = importArticle("Tarnby bridge carries trains", SecondLookTest.ARTICLE);
        WebElement unsure = driver.findElements(By.cssSelector(".candidate-card")).get(1);
        assertThat(unsure.findElement(By.cssSelector(".second-look")).getText())
                .matches("Check the speaker: \\d+ % sure");
        String card = "#" + unsure.getAttribute("id");
        unsure.findElement(By.xpath(".//button[text()='Accept']")).click();

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".form-error"),
                "is not accepted yet"));
        assertThat(driver.findElements(By.cssSelector("#article-text mark.candidate.accepted"))).isEmpty();
        WebElement again = driver.findElement(By.cssSelector(card));
        again.findElement(By.xpath(".//label[contains(., 'I checked the speaker and the words')]/input")).click();
        again.findElement(By.xpath(".//button[text()='Accept']")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"),
                "accepted as quote"));
        assertThat(driver.findElements(By.cssSelector("#article-text mark.candidate.accepted"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector(card)).getText()).doesNotContain("Check the speaker");
    }

    @Test
    void theOtherPersonAPronounCouldNameIsOneClickFromTheQuoteForm() {
        ChromeDriver driver = importArticle("Ferry talks stall", SpeakerAlternativesTest.TWO_MEN);
        WebElement card = driver.findElement(By.cssSelector(".candidate-card"));
        assertThat(card.findElement(By.cssSelector(".candidate-facts")).getText()).contains("Erik Holm");
        card.findElement(By.linkText("Sean O'Leary")).click();

        browser.waiting().until(ExpectedConditions.urlMatches("/admin/quotes/new\\?candidate=\\d+&speaker="));
        assertThat(driver.findElement(By.id("speaker")).getAttribute("value")).isEqualTo("Sean O'Leary");
        assertThat(driver.findElement(By.name("createSpeaker")).isSelected()).isTrue();
        driver.findElement(By.cssSelector("button[value=save]")).click();

        browser.waiting().until(ExpectedConditions.urlMatches("/admin/articles/\\d+#candidate-\\d+$"));
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).contains("created from candidate");
        String quote = driver.findElement(By.cssSelector(".candidate-card.accepted a[href^='/admin/quotes/']"))
                .getAttribute("href");
        open(quote.substring(quote.indexOf("/admin/")));
        assertThat(driver.findElement(By.id("speaker")).getAttribute("value")).isEqualTo("Sean O'Leary");
    }
}
