package org.quotedesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotedesk.support.Editor.editor;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.quotedesk.support.Browser;
import org.quotedesk.support.TestAccounts;
import org.quotedesk.support.WritableDatabase;

/** A statement's page in a real browser: its reports by date, a variant's words marked, and editors' corrections. */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class StatementPageBrowserTest {

    private static final String SAID = "The harbour will stay open to every ship this winter.";

    @RegisterExtension
    static final Browser browser = new Browser(true);

    @TestHTTPResource("/")
    URL base;

    private final String tag = Long.toString(System.nanoTime());

    private long source(String outlet, String publishedOn) {
        return editor().body(Map.of("title", "Harbour news " + tag, "publisher", outlet + " " + tag,
                "publishedOn", publishedOn, "language", "en", "url", "https://news.example/" + outlet.replace(' ', '-')))
                .post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static JsonPath quote(String speaker, long source, String text) {
        return editor().body(Map.of("text", text, "type", "DIRECT", "speaker", Map.of("name", speaker),
                "source", Map.of("id", source))).post("/api/quotes").then().statusCode(201).extract().jsonPath();
    }

    private ChromeDriver open(String path) {
        return browser.open(base, path);
    }

    private static List<String> outlets(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("#reports .report .outlet")).stream().map(WebElement::getText).toList();
    }

    @Test
    void reportsByDateTheVariantsWordsMarkedAndTheOtherSpeakerNamed() {
        String speaker = "Rina Kovac " + tag;
        // Stored in another order than published: the page orders by publication.
        JsonPath variant = quote(speaker, source("Daily Two", "2024-02-21"),
                "The harbour will stay open to every boat this winter.");
        JsonPath same = quote(speaker, source("Wire One", "2024-02-20"), SAID);
        JsonPath first = quote(speaker, source("Evening Three", "2024-02-19"), SAID);
        quote("Teo Brandt " + tag, source("Other Paper", "2024-02-22"), SAID);
        long statement = first.getLong("statement.id");

        ChromeDriver driver = open("/statements/" + statement);
        assertThat(driver.findElement(By.id("statement-text")).getText()).isEqualTo("“" + SAID + "”");
        assertThat(driver.findElement(By.cssSelector(".attribution a")).getText()).isEqualTo(speaker);
        assertThat(driver.findElement(By.id("coverage")).getText())
                .startsWith("Reported by 3 outlets, first by Evening Three " + tag + " on 19 Feb 2024");
        assertThat(outlets(driver)).containsExactly("Evening Three " + tag, "Wire One " + tag, "Daily Two " + tag);

        List<WebElement> reports = driver.findElements(By.cssSelector("#reports .report"));
        assertThat(reports.get(0).findElements(By.cssSelector("ins, del"))).isEmpty();
        assertThat(reports.get(1).findElements(By.cssSelector("ins, del"))).as("the same words").isEmpty();
        WebElement marked = reports.get(2);
        assertThat(marked.findElement(By.cssSelector(".report-text")).getText()).contains("every ship boat this winter");
        assertThat(marked.findElements(By.tagName("ins"))).extracting(WebElement::getText).containsExactly("boat");
        assertThat(marked.findElements(By.tagName("del"))).extracting(WebElement::getText).containsExactly("ship");
        assertThat(marked.findElement(By.partialLinkText("The quote")).getAttribute("href"))
                .endsWith("/quotes/" + variant.getLong("id"));
        assertThat(marked.findElement(By.cssSelector(".status")).getText()).isEqualToIgnoringCase("Unverified");
        assertThat(driver.findElement(By.cssSelector(".legend")).getText()).contains("struck out");

        WebElement also = driver.findElement(By.id("also-attributed"));
        assertThat(also.getText()).startsWith("Also attributed to: Teo Brandt " + tag);
        also.findElement(By.linkText("Teo Brandt " + tag)).click();
        browser.waiting().until(ExpectedConditions.urlMatches("/speakers/\\d+$"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Teo Brandt " + tag);

        open("/quotes/" + same.getLong("id"));
        assertThat(driver.findElement(By.id("statement")).getText()).isEqualTo("One of 3 reports of this statement.");
        assertThat(driver.findElement(By.id("also-attributed")).getText()).contains("Teo Brandt " + tag);
        open("/quotes/" + variant.getLong("id"));
        assertThat(driver.findElements(By.id("also-attributed"))).as("other words than Teo Brandt's").isEmpty();
        driver.findElement(By.linkText("this statement")).click();
        browser.waiting().until(ExpectedConditions.urlMatches("/statements/" + statement + "$"));
    }

    @Test
    void anEditorSplitsAReportOffAndMergesItBack() {
        String speaker = "Nils Aho " + tag;
        JsonPath first = quote(speaker, source("Wire One", "2024-03-01"), "Our ferries will sail again from the first of May.");
        JsonPath second = quote(speaker, source("Daily Two", "2024-03-02"), "Our ferries will sail again from the first of June.");
        long statement = first.getLong("statement.id");
        assertThat(second.getLong("statement.id")).isEqualTo(statement);

        signIn(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD);
        ChromeDriver driver = open("/statements/" + statement);
        driver.findElement(By.linkText("split a report off or merge another statement in")).click();
        browser.waiting().until(ExpectedConditions.urlMatches("/admin/statements/" + statement + "$"));
        driver.findElement(By.id("report-" + second.getLong("id"))).findElement(By.cssSelector(".split-form button")).click();
        String flash = browser.waiting().until(d -> d.findElement(By.cssSelector(".flash"))).getText();
        Matcher own = Pattern.compile("Quote " + second.getLong("id") + " split off: it is statement (\\d+) now.")
                .matcher(flash);
        assertThat(own.matches()).as(flash).isTrue();
        assertThat(outlets(driver)).containsExactly("Wire One " + tag);

        open("/statements/" + own.group(1));
        assertThat(outlets(driver)).containsExactly("Daily Two " + tag);

        open("/admin/statements/" + statement);
        driver.findElement(By.id("from")).sendKeys(base + "statements/" + own.group(1));
        driver.findElement(By.cssSelector(".merge-form button[type=submit]")).click();
        assertThat(browser.waiting().until(d -> d.findElement(By.cssSelector(".flash"))).getText())
                .isEqualTo("Statement " + own.group(1) + " merged into this one: 2 reports now.");
        assertThat(outlets(driver)).containsExactly("Wire One " + tag, "Daily Two " + tag);

        open("/admin/quotes/" + second.getLong("id"));
        List<String> moves = driver.findElements(By.cssSelector(".changes .diff tbody tr")).stream()
                .map(WebElement::getText).filter(row -> row.startsWith("statement")).toList();
        assertThat(moves).containsExactly("statement #" + own.group(1) + " #" + statement,
                "statement #" + statement + " #" + own.group(1));
    }

    @Test
    void theVerificationQueueLeadsToAStatementAlsoAttributedToAnotherSpeaker() {
        long statement = quote("Ada Lind " + tag, source("Wire One", "2024-04-01"),
                "Not one of our lighthouses will be sold to a private buyer.").getLong("statement.id");
        quote("Bo Ek " + tag, source("Daily Two", "2024-04-02"), "Not one of our lighthouses will be sold to a private buyer.");
        signIn(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD);
        ChromeDriver driver = open("/admin/verification");
        driver.findElement(By.linkText("Also attributed to others")).click();
        browser.waiting().until(ExpectedConditions.urlContains("tab=conflicts"));
        driver.findElement(By.linkText("Statement " + statement)).click();
        browser.waiting().until(ExpectedConditions.urlMatches("/statements/" + statement + "$"));
        assertThat(driver.findElement(By.id("also-attributed")).getText()).contains("Bo Ek " + tag);
    }

    private void signIn(String username, String password) {
        ChromeDriver driver = open("/admin");
        if (!driver.getCurrentUrl().contains("/login")) {
            return;
        }
        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        browser.waiting().until(d -> !d.getCurrentUrl().endsWith("/login"));
    }
}
