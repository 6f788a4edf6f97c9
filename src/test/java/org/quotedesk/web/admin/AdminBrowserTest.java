package org.quotedesk.web.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.quotedesk.support.Browser;
import org.quotedesk.support.Editor;
import org.quotedesk.support.TestAccounts;
import org.quotedesk.support.WritableDatabase;

/** The admin pages in a real browser: sign in, curate, and meet another editor's save. */
@QuarkusTest
@TestProfile(WritableDatabase.class)
class AdminBrowserTest {

    /** Over two paragraphs: offsets count the line breaks, as the server does. */
    private static final String TEXT = "At the briefing, the minister said:\n\nthe bridge will reopen in spring. Nobody believed her.";

    @RegisterExtension
    static final Browser browser = new Browser(true);

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver open(String path) {
        return browser.open(base, path);
    }

    private void signIn(String username, String password) {
        ChromeDriver driver = open("/admin");
        browser.waiting().until(ExpectedConditions.urlContains("/login"));
        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        // The sign-in answers with a redirect, to the page asked for or back to /login?error=true:
        // a page opened before it arrives would race the session cookie.
        browser.waiting().until(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    private void signOut() {
        ChromeDriver driver = open("/admin");
        if (!driver.findElements(By.cssSelector(".signout button")).isEmpty()) {
            driver.findElement(By.cssSelector(".signout button")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/login"));
        }
    }

    @Test
    void aWrongPasswordIsToldAndLetsNobodyIn() {
        signOut();
        signIn(TestAccounts.EDITOR, "certainly not the password");
        browser.waiting().until(ExpectedConditions.urlContains("/login?error"));
        ChromeDriver driver = browser.driver();
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("did not work");
        open("/admin");
        browser.waiting().until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void anEditorSignsInCreatesAQuoteBySelectingItInTheSourceAndFindsItInTheSearch() {
        long source = Editor.createSource("Briefing " + System.nanoTime(), "2024-04-10", TEXT);
        signOut();
        signIn(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD);
        ChromeDriver driver = browser.driver();
        browser.waiting().until(ExpectedConditions.urlMatches("/admin$"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");

        open("/admin/quotes/new?source=" + source);
        // Select the quote in the source text, as an editor would with the mouse.
        driver.executeScript("""
                const panel = document.getElementById('source-text');
                const node = panel.firstChild;
                const text = node.textContent;
                const range = document.createRange();
                const start = text.indexOf('the bridge will reopen in spring');
                range.setStart(node, start);
                range.setEnd(node, start + 'the bridge will reopen in spring'.length);
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);""");
        driver.findElement(By.id("use-selection")).click();
        assertThat(driver.findElement(By.id("text")).getAttribute("value")).isEqualTo("the bridge will reopen in spring");
        assertThat(driver.findElement(By.id("start")).getAttribute("value"))
                .isEqualTo(Integer.toString(TEXT.indexOf("the bridge")));
        assertThat(driver.findElement(By.id("span-mark")).getText()).isEqualTo("the bridge will reopen in spring");

        driver.findElement(By.id("speaker")).sendKeys("Minister of Bridges " + source);
        driver.findElement(By.name("createSpeaker")).click();
        driver.findElement(By.id("newSpeakerRole")).sendKeys("Minister of Transport");
        // A date input's typing order depends on the browser's locale: set its value as the form sends it.
        driver.executeScript("document.getElementById('spokenOn').value = '2024-04-09';");
        new Select(driver.findElement(By.id("type"))).selectByValue("PARTIAL");
        driver.findElement(By.cssSelector("button[value=save]")).click();

        browser.waiting().until(ExpectedConditions.urlMatches("/admin/quotes/\\d+$"));
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).contains("created");

        open("/?q=" + "bridge+reopen");
        WebElement card = driver.findElement(By.cssSelector("#results .quote-card"));
        assertThat(card.getText()).contains("the bridge will reopen in spring").contains("Minister of Bridges " + source)
                .contains("Minister of Transport").contains("9 Apr 2024");
    }

    @Test
    void anEditorCitesABroadcastWithoutItsTextAndQuotesItWithoutOffsets() {
        String title = "Today programme " + System.nanoTime();
        String locator = "Radio 4 Today, 08:10";
        String speaker = "Harbour Master " + System.nanoTime();
        String said = "The ferry will run all winter, whatever the weather.";
        signOut();
        signIn(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD);

        // The source form, its text left empty: a citation, found by its locator.
        ChromeDriver driver = open("/admin/sources/new");
        driver.findElement(By.id("title")).sendKeys(title);
        driver.findElement(By.id("publisher")).sendKeys("BBC Radio 4");
        driver.executeScript("document.getElementById('publishedOn').value = '2024-05-14';");
        driver.findElement(By.id("locator")).sendKeys(locator);
        assertThat(driver.findElement(By.id("text")).getAttribute("value")).isEmpty();
        driver.findElement(By.cssSelector("form[action='/admin/sources'] button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.urlMatches("/admin/sources/\\d+$"));
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).contains("created");
        long source = lastNumberOf(driver.getCurrentUrl());
        JsonPath stored = given().get("/api/sources/{id}", source).then().statusCode(200).extract().jsonPath();
        assertThat(stored.getString("title")).isEqualTo(title);
        assertThat(stored.getString("publisher")).isEqualTo("BBC Radio 4");
        assertThat(stored.getString("publishedOn")).isEqualTo("2024-05-14");
        assertThat(stored.getString("locator")).isEqualTo(locator);
        assertThat(stored.getString("text")).isNull();

        // From the source's page to the quote form, which says it is a citation and has no text to select in.
        driver.findElement(By.linkText("Add a quote from this source")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/admin/quotes/new?source=" + source));
        assertThat(driver.findElement(By.id("source-citation")).getText()).contains(title).contains(locator);
        assertThat(driver.findElements(By.id("source-text"))).isEmpty();
        assertThat(driver.findElement(By.id("source")).getAttribute("value")).isEqualTo(Long.toString(source));
        driver.findElement(By.id("text")).sendKeys(said);
        driver.findElement(By.id("speaker")).sendKeys(speaker);
        driver.findElement(By.name("createSpeaker")).click();
        driver.executeScript("document.getElementById('spokenOn').value = '2024-05-14';");
        assertThat(driver.findElement(By.id("start")).getAttribute("value")).isEmpty();
        assertThat(driver.findElement(By.id("end")).getAttribute("value")).isEmpty();
        driver.findElement(By.cssSelector("button[value=save]")).click();

        browser.waiting().until(ExpectedConditions.urlMatches("/admin/quotes/\\d+$"));
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).contains("created");
        long quote = lastNumberOf(driver.getCurrentUrl());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Quote " + quote);
        JsonPath saved = given().get("/api/quotes/{id}", quote).then().statusCode(200).extract().jsonPath();
        assertThat(saved.getString("text")).isEqualTo(said);
        assertThat(saved.getLong("source.id")).isEqualTo(source);
        assertThat(saved.getString("speaker.name")).isEqualTo(speaker);
        assertThat(saved.get("start") == null && saved.get("end") == null).as("no offsets into a citation").isTrue();

        // The public page: the citation with its locator stands where the context would be.
        open("/quotes/" + quote);
        assertThat(driver.findElement(By.cssSelector("blockquote")).getText()).contains(said);
        WebElement citation = driver.findElement(By.id("citation-only"));
        assertThat(citation.getText()).contains(title).contains(locator);
        assertThat(citation.findElement(By.cssSelector(".locator")).getText()).isEqualTo(locator);
        assertThat(driver.findElements(By.id("quoted-span"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".context"))).isEmpty();

        // Offsets typed into the citation's quote: refused, the error beside "Starts at", nothing changed.
        open("/admin/quotes/" + quote);
        driver.findElement(By.id("start")).sendKeys("0");
        driver.findElement(By.id("end")).sendKeys(Integer.toString(said.length()));
        driver.findElement(By.cssSelector("button[value=save]")).click();
        WebElement error = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("start-error")));
        assertThat(error.getText()).contains("must be empty").contains("citation");
        WebElement startField = error.findElement(By.xpath("./parent::p"));
        assertThat(startField.getAttribute("class")).contains("invalid");
        assertThat(startField.findElement(By.tagName("label")).getText()).isEqualTo("Starts at");
        assertThat(startField.findElement(By.tagName("input")).getAttribute("value")).isEqualTo("0");
        assertThat(driver.findElement(By.id("end-error")).getText()).contains("citation");
        assertThat(driver.findElement(By.cssSelector(".form-error")).getText()).contains("not saved");
        assertThat(driver.findElement(By.id("source-citation")).getText()).contains(locator);
        JsonPath unchanged = given().get("/api/quotes/{id}", quote).then().statusCode(200).extract().jsonPath();
        assertThat(unchanged.get("start") == null && unchanged.get("end") == null).isTrue();
        assertThat(unchanged.getLong("version")).isEqualTo(saved.getLong("version"));
    }

    private static long lastNumberOf(String url) {
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    @Test
    void twoEditorsSavingTheSameQuoteAtOnceGiveAConflictNotAnOverwrite() {
        long source = Editor.createSource("Council " + System.nanoTime(), "2024-04-10", TEXT);
        long speaker = Editor.createSpeaker("Sceptic " + source, null);
        long quote = Editor.createQuote(speaker, source, TEXT, "Nobody believed her.");
        signOut();
        signIn(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD);
        ChromeDriver driver = browser.driver();

        // Two tabs open the same quote; the second saves first.
        open("/admin/quotes/" + quote);
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        open("/admin/quotes/" + quote);
        new Select(driver.findElement(By.id("status"))).selectByValue("VERIFIED");
        driver.findElement(By.id("evidence")).sendKeys("Checked against the council recording");
        driver.findElement(By.cssSelector("button[value=save]")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash")));

        driver.switchTo().window(first);
        driver.findElement(By.id("notes")).sendKeys("Her office denied it the next day.");
        driver.findElement(By.cssSelector("button[value=save]")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Someone else saved"));
        assertThat(driver.findElement(By.cssSelector("tr.differs")).getText()).contains("Status");
        assertThat(driver.findElement(By.cssSelector("table.conflict")).getText())
                .contains("Her office denied it the next day.").contains("VERIFIED");

        // Re-applied: the form comes back with the notes and the status saved meanwhile is shown to keep.
        // The conflict page has the form's address too: wait for its heading to go, not for the address.
        // Looked up afresh each time and errors ignored: while the page unloads, Chromium may answer
        // an element lookup with an inspector error instead of a stale-element one.
        driver.findElement(By.cssSelector("form.inline-form button")).click();
        browser.waiting().ignoring(WebDriverException.class)
                .until(d -> !d.findElement(By.tagName("h1")).getText().contains("Someone else saved"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("notes")));
        assertThat(driver.findElement(By.id("notes")).getAttribute("value")).isEqualTo("Her office denied it the next day.");
        new Select(driver.findElement(By.id("status"))).selectByValue("VERIFIED");
        driver.findElement(By.cssSelector("button[value=save]")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash")));
        assertThat(driver.findElement(By.id("notes")).getAttribute("value")).isEqualTo("Her office denied it the next day.");
        assertThat(new Select(driver.findElement(By.id("status"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("VERIFIED");
        driver.close();
        driver.switchTo().window(driver.getWindowHandles().iterator().next());
    }
}
