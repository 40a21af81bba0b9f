package fr.messagerie.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium that watches for two things on every page it loads: Content Security
 * Policy violations (a listener installed before any page script runs) and hostile payloads that
 * executed (the XSS corpus sets {@code window.__xss}). For the pages of every feature:
 *
 * <pre>{@code
 * try (SecurityProbeBrowser browser = SecurityProbeBrowser.start()) {
 *     browser.signIn(base, DemoAccounts.PARTICULIER, DemoAccounts.PASSWORD);
 *     browser.open(base + "espace/messagerie/conversation.xhtml?ref=" + reference);
 *     assertThat(browser.hostileScriptRan()).isFalse();
 *     assertThat(browser.cspViolations()).isEmpty();
 * }
 * }</pre>
 */
public final class SecurityProbeBrowser implements AutoCloseable {

    /** Runs in every document before its own scripts; DevTools injection is exempt from CSP. */
    static final String PROBE =
            "window.__cspViolations = [];document.addEventListener('securitypolicyviolation',"
                + " function (e) {  window.__cspViolations.push(e.effectiveDirective + ' blocked='"
                + " + e.blockedURI    + ' at ' + e.sourceFile + ':' + e.lineNumber + ' sample=' +"
                + " e.sample);});";

    private final ChromeDriver driver;

    private SecurityProbeBrowser(ChromeDriver driver) {
        this.driver = driver;
    }

    public static SecurityProbeBrowser start() {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--disable-background-networking",
                "--window-size=1280,900",
                "--lang=fr-FR");
        // French, the service's base language, whatever the machine's locale.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
        ChromeDriver driver = new ChromeDriver(options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
        return new SecurityProbeBrowser(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Loads a page and lets its load, error and focus events fire. */
    public void open(String url) {
        driver.get(url);
        settle();
    }

    /** Signs in through the real form ({@code base} ends with "/"). */
    public void signIn(String base, String login, String password) {
        driver.get(base + "connexion.xhtml");
        driver.findElement(By.id("signIn:login")).sendKeys(login);
        driver.findElement(By.id("signIn:password")).sendKeys(password);
        driver.findElement(By.id("signIn:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> !d.getCurrentUrl().contains("connexion.xhtml") || hasMessages(d));
        settle();
    }

    /** Whether any hostile payload executed in this page (window.__xss set). */
    public boolean hostileScriptRan() {
        return Boolean.TRUE.equals(
                js().executeScript("return typeof window.__xss !== 'undefined';"));
    }

    /** The CSP violations this page reported, one line each. */
    @SuppressWarnings("unchecked")
    public List<String> cspViolations() {
        Object found = js().executeScript("return window.__cspViolations || [];");
        return ((List<Object>) found).stream().map(String::valueOf).toList();
    }

    public String visibleText() {
        return String.valueOf(js().executeScript("return document.body.innerText;"));
    }

    @Override
    public void close() {
        driver.quit();
    }

    private void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> "complete".equals(js().executeScript("return document.readyState")));
        try {
            Thread.sleep(300); // image errors, autofocus and animations fire just after load
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean hasMessages(WebDriver d) {
        return !d.findElements(By.cssSelector(".ui-messages-error, .page-messages__error"))
                .isEmpty();
    }

    private JavascriptExecutor js() {
        return driver;
    }
}
