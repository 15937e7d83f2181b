package cn.eduapp.registry.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of every *BrowserIT: Debian's Chromium, headless, driven by Debian's chromedriver (given
 * explicitly, so Selenium Manager never downloads anything), against the real service.
 */
public abstract class BrowserTest extends IntegrationTest {

    protected static WebDriver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofMillis(200));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        driver.get(url(path));
        waitForLoad();
    }

    protected void login(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        waitFor(By.cssSelector(".account .who"));
    }

    protected void logout() {
        driver.manage().deleteAllCookies();
    }

    /** Types into a field, finding it again if the page was still settling (a late load replaces nodes). */
    protected void type(By by, String text) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement e = waitFor(by);
                e.clear();
                e.sendKeys(text);
                return;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 3) {
                    throw e;
                }
                waitForLoad();
            }
        }
    }

    /**
     * Whether the element still belongs to the current document. Chromedriver reports an element of a
     * document that has just been replaced either as stale or, while the new one is still being attached,
     * as "unknown error: … Node with given id does not belong to the document": both mean gone.
     */
    private static boolean isFresh(WebElement page) {
        try {
            page.isEnabled();
            return true;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return false;
            }
            throw e;
        }
    }

    /** Waits until the page the element belonged to has been replaced by another. */
    protected void waitUntilReplaced(WebElement page) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !isFresh(page));
    }

    /** Waits until the browser has finished loading the current document. */
    protected void waitForLoad() {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    protected WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    protected void check(By by) {
        WebElement e = driver.findElement(by);
        if (!e.isSelected()) {
            e.click();
        }
    }

    /** Submits a form that asks for confirmation (data-confirm): the browser's dialog is accepted. */
    protected void submitConfirmed(By button) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
        waitUntilReplaced(page);
        waitForLoad();
    }

    /** Clicks something that loads another page, and waits until that page is there. */
    protected void clickAndWait(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        for (int attempt = 1; ; attempt++) {
            try {
                waitFor(by).click();
                break;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (!isFresh(page)) {
                    // the click started the navigation and chromedriver lost the node on the way
                    // ("Node with given id does not belong to the document"): the next page is loading
                    break;
                }
                // the header's htmx badge may still be swapping in: find the element again and retry
                if (attempt == 3) {
                    throw e;
                }
                waitForLoad();
            }
        }
        waitUntilReplaced(page);
        waitForLoad();
        waitFor(By.tagName("main"));
    }

    protected String text(By by) {
        return driver.findElement(by).getText();
    }

    protected String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Sets a field's value directly (date inputs: their typed format depends on the browser's locale). */
    protected void setValue(By by, String value) {
        WebElement e = driver.findElement(by);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", e, value);
    }

    /** Reloads the page until the condition holds (things other modules learn of asynchronously). */
    protected void reloadUntil(BooleanSupplier condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not shown in " + timeout + " on " + driver.getCurrentUrl() + ":\n" + pageText());
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            driver.navigate().refresh();
            waitFor(By.tagName("main"));
        }
    }

    /** Waits until an element's text satisfies the condition (htmx fragments load after the page). */
    protected String waitForText(By by, java.util.function.Predicate<String> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            var found = d.findElements(by);
            if (found.isEmpty()) {
                return null;
            }
            String t = found.get(0).getText();
            return condition.test(t) ? t : null;
        });
    }

    protected Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Saves a screenshot under target/screenshots for people to look at. */
    protected void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    /** Runs axe-core on the page; each serious or critical violation as "rule (impact): nodes". */
    @SuppressWarnings("unchecked")
    protected List<String> axe() throws IOException {
        return axe("{type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}");
    }

    /** Runs only axe-core's colour-contrast rule: each serious or critical finding. */
    protected List<String> colourContrast() throws IOException {
        return axe("{type: 'rule', values: ['color-contrast']}");
    }

    @SuppressWarnings("unchecked")
    private List<String> axe(String runOnly) throws IOException {
        waitFor(By.tagName("main"));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: RUN_ONLY})
                  .then(function (r) {
                    var line = function (v) {
                        return v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.map(function (n) {
                          return n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : '');
                        }).join('; ');
                      };
                    done({passes: r.passes.length + r.violations.length,
                          violations: r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; }).map(line),
                          others: r.violations.filter(function (v) { return v.impact !== 'serious' && v.impact !== 'critical'; }).map(line)});
                  })
                  .catch(function (e) { done({passes: 0, violations: ['axe failed: ' + e]}); });
                """.replace("RUN_ONLY", runOnly));
        Map<String, Object> r = (Map<String, Object>) result;
        assertThat(((Number) r.get("passes")).intValue()).as("axe-core checked " + driver.getCurrentUrl()).isPositive();
        List<String> others = (List<String>) r.get("others");
        if (others != null && !others.isEmpty()) {
            // moderate and minor findings do not fail the build; they are kept for people to read
            java.nio.file.Path report = java.nio.file.Path.of("target", "axe-moderate.txt");
            java.nio.file.Files.writeString(report, driver.getCurrentUrl() + "\n  " + String.join("\n  ", others) + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        return (List<String>) r.get("violations");
    }

    private static String axeSource;

    private static String axeSource() throws IOException {
        if (axeSource == null) {
            try (InputStream in = BrowserTest.class.getClassLoader().getResourceAsStream(AXE)) {
                assertThat(in).as(AXE + " on the test classpath").isNotNull();
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return axeSource;
    }
}
