package org.quotedesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.quotedesk.support.Browser;

/** With JavaScript off the search page is a plain form, and it still does everything. */
@QuarkusTest
class NoJavaScriptBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser(false);

    @TestHTTPResource("/")
    URL base;

    @Test
    void theFormSearchesFiltersAndPagesWithoutJavaScript() {
        ChromeDriver driver = browser.driver();
        driver.get(base.toString());
        // search.js marks the page as enhanced; with scripts off it never runs.
        assertThat(driver.findElement(By.tagName("html")).getAttribute("class")).doesNotContain("js");
        driver.findElement(By.id("q")).sendKeys("provoc*");
        driver.findElement(By.cssSelector("details.filters summary")).click();
        new Select(driver.findElement(By.id("type"))).selectByValue("PARTIAL");
        driver.findElement(By.cssSelector(".search-box button")).click();
        browser.waiting().until(ExpectedConditions.urlContains("type=PARTIAL"));
        assertThat(driver.findElement(By.id("results-count")).getText()).isEqualTo("2 quotes for “provoc*”");
        assertThat(driver.findElements(By.cssSelector(".quote-card mark"))).extracting(e -> e.getText())
                .containsOnly("provocations");
    }
}
