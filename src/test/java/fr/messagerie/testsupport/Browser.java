package fr.messagerie.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.messagerie.platform.demo.DemoAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's browser for the page tests: Debian's headless Chromium driven by Selenium, in French,
 * with a screenshot per step (under {@code screenshots.dir}/<test>/) and an axe-core check that
 * fails on any serious or critical WCAG 2.1 A/AA violation.
 *
 * <p>Host names other than the local server resolve to nothing, so a page that would call out to
 * the network fails visibly instead of hanging, and an outgoing link can be followed to its address
 * without leaving the machine.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG_TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final URL base;
    private final Path screenshots;
    private int step;

    private Browser(WebDriver driver, URL base, Path screenshots) {
        this.driver = driver;
        this.base = base;
        this.screenshots = screenshots;
    }

    /** Opens a desktop-sized French browser on the deployed application. */
    public static Browser open(URL base, String testName) {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--disable-background-networking",
                "--window-size=1280,1024",
                "--lang=fr-FR",
                "--accept-lang=fr-FR,fr",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"), testName);
        try {
            Files.createDirectories(dir);
            // A run's pictures only: an older run's numbering would interleave with this one's.
            try (var old = Files.list(dir)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Browser(new ChromeDriver(options), base, dir);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Lays the page out as for printing (the print stylesheet applies) or back for the screen. */
    public void printing(boolean print) {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    /** Loads a page of the application, path relative to its root (e.g. "espace/index.xhtml"). */
    public void go(String path) {
        driver.get(base.toString() + path);
    }

    /** Signs in through the sign-in page with a demo account and waits for the private space. */
    public void signIn(String login) {
        signIn(login, DemoAccounts.PASSWORD);
    }

    /** Signs a citizen in with their own password and waits for the private space. */
    public void signIn(String login, String password) {
        go("connexion.xhtml");
        find(By.id("signIn:login")).sendKeys(login);
        find(By.id("signIn:password")).sendKeys(password);
        clickAndWaitForPage(By.id("signIn:submit"));
        assertThat(heading()).isEqualTo("Mon espace privé");
    }

    /** Signs in an agent or admin demo account and waits for the agent workspace. */
    public void signInAsStaff(String login) {
        go("connexion.xhtml");
        find(By.id("signIn:login")).sendKeys(login);
        find(By.id("signIn:password")).sendKeys(DemoAccounts.PASSWORD);
        clickAndWaitForPage(By.id("signIn:submit"));
        assertThat(driver.getCurrentUrl()).contains("/agent/");
    }

    /** Signs out with the header's button (sign-out is a POST, as a person's click sends it). */
    public void signOut() {
        clickAndWaitForPage(By.id("signOut"));
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public WebElement visible(By by) {
        return new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitUntilHidden(By by) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    /**
     * Clicks something that loads a new page (a link, a full-page or redirecting button) and waits
     * until the new page is complete. The old page is recognised by a mark set on its window, which
     * is more reliable than watching an element go stale while Chromium swaps documents.
     */
    public void clickAndWaitForPage(By by) {
        WebElement target = find(by);
        script("window.__messagerieOldPage = true;");
        target.click();
        new WebDriverWait(driver, WAIT)
                .ignoring(WebDriverException.class)
                .until(
                        d ->
                                Boolean.TRUE.equals(
                                        script(
                                                "return window.__messagerieOldPage === undefined &&"
                                                        + " document.readyState === 'complete'")));
    }

    public String heading() {
        return find(By.tagName("h1")).getText().strip();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a PNG of the viewport as NN-name.png, numbered in the order of the test's steps. */
    public Path screenshot(String name) {
        step++;
        Path file = screenshots.resolve(String.format("%02d-%s.png", step, name));
        try {
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Runs axe-core on the page as it is now and fails on any serious or critical WCAG 2.1 A/AA
     * violation, listing each with the elements concerned. Lesser findings are printed only.
     */
    public void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<Rule> violations = results.getViolations();
        violations.forEach(rule -> System.out.println("[axe] " + page + ": " + describe(rule)));
        List<String> blocking =
                violations.stream()
                        .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                        .map(Browser::describe)
                        .toList();
        assertThat(blocking)
                .as("serious or critical accessibility violations on " + page)
                .isEmpty();
    }

    private static String describe(Rule rule) {
        String targets =
                rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", "));
        return rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at " + targets;
    }

    /** Keeps the last page (picture and HTML): what a failed step left on screen. */
    public void keepLastPage() {
        screenshot("last-page");
        try {
            Files.writeString(screenshots.resolve("last-page.html"), driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the last page, then quits the browser. */
    @Override
    public void close() {
        try {
            keepLastPage();
        } finally {
            driver.quit();
        }
    }
}
