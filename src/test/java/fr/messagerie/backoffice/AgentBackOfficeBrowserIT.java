package fr.messagerie.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.testsupport.Deployments;
import fr.messagerie.testsupport.ItDriver;
import fr.messagerie.testsupport.ItDriverServlet;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An agent's day in the browser: a request sent by a citizen (through the service) is found in the
 * family team's inbox, taken, annotated and answered with a canned response; the citizen is
 * notified and the note stays internal; an agent of another team cannot open it. Each page is
 * checked with axe-core (WCAG 2.1 A and AA, serious and critical findings fail).
 */
@ExtendWith(ArquillianExtension.class)
class AgentBackOfficeBrowserIT {

    static final String MOTIF = "MOTIF_CHANGEMENT_SITUATION_FAMILLE";
    static final String NOTE = "Acte de naissance à vérifier avant paiement";

    @ArquillianResource URL base;

    private WebDriver browser;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar(ItDriverServlet.class, BackOfficeItServlet.class);
    }

    @BeforeEach
    void openBrowser() {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--disable-background-networking",
                "--lang=fr-FR");
        // The pages follow the browser's language; the assertions read the French texts.
        options.setExperimentalOption(
                "prefs", java.util.Map.of("intl.accept_languages", "fr-FR,fr"));
        browser = new ChromeDriver(options);
        browser.manage().window().setSize(new Dimension(1280, 1000));
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theFamilyAgentFindsTakesAnnotatesAndAnswersWhileTheRetirementAgentCannotOpenIt()
            throws IOException {
        ItDriver driver = new ItDriver(base);
        String reference =
                driver.submit(
                        DemoAccounts.PARTICULIER,
                        MOTIF,
                        "Nous avons eu un enfant le 3 novembre, que dois-je faire ?");

        signIn(DemoAccounts.AGENT_FAMILLE, "agent/index.xhtml");
        assertAccessible("inbox");
        browser.findElement(By.id("inbox:citizenOrReference")).sendKeys(reference);
        browser.findElement(By.id("inbox:search")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(reference)));
        screenshot("inbox-found");
        // The table may be re-rendered once more by the ajax update: retry a stale click.
        wait.ignoring(StaleElementReferenceException.class)
                .until(
                        d -> {
                            d.findElement(By.linkText(reference)).click();
                            return true;
                        });

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("actions:take")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(reference);
        assertAccessible("conversation");
        String conversationUrl = browser.getCurrentUrl();

        browser.findElement(By.id("actions:take")).click();
        wait.until(ExpectedConditions.textToBe(By.id("assignee"), "Agnès Famille"));

        // A note over the limit is explained on the page and stays in its field.
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('notes:note').value = 'n'.repeat(4001);");
        browser.findElement(By.id("notes:addNote")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("errorSummary")));
        assertThat(browser.findElement(By.id("errorSummary")).getText())
                .contains("La note est trop longue");
        assertThat(browser.getTitle()).startsWith("Erreur – ");
        assertThat(browser.findElement(By.id("notes:note")).getAttribute("value")).hasSize(4001);
        browser.findElement(By.id("notes:note")).clear();

        browser.findElement(By.id("notes:note")).sendKeys(NOTE);
        browser.findElement(By.id("notes:addNote")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notes"), NOTE));

        new Select(browser.findElement(By.id("reply:canned"))).selectByIndex(1);
        browser.findElement(By.id("reply:useCanned")).click();
        wait.until(
                d ->
                        d.findElement(By.id("reply:replyText"))
                                .getDomProperty("value")
                                .contains(reference));
        String proposed = browser.findElement(By.id("reply:replyText")).getDomProperty("value");
        assertThat(proposed).startsWith("Bonjour Camille Martin,").doesNotContain("{nom}");
        browser.findElement(By.id("reply:send")).click();
        wait.until(
                d ->
                        new BackOfficeClient(base).state(reference).getJsonArray("messages").size()
                                == 2);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
        screenshot("conversation-answered");
        assertAccessible("conversation-answered");

        JsonObject state = new BackOfficeClient(base).state(reference);
        List<String> kinds =
                state.getJsonArray("messages").stream()
                        .map(m -> m.asJsonObject().getString("kind"))
                        .toList();
        assertThat(kinds).containsExactly("CITIZEN", "AGENT");
        assertThat(state.getJsonArray("messages").getJsonObject(1).getString("body"))
                .contains(reference)
                .doesNotContain(NOTE);
        assertThat(state.getJsonArray("notes").getString(0)).isEqualTo(NOTE);
        assertThat(
                        driver.notifications(reference).stream()
                                .map(JsonValue::asJsonObject)
                                .map(n -> n.getString("kind")))
                .contains("REPLY_WAITING");

        browser.manage().deleteAllCookies();
        signIn(DemoAccounts.AGENT_RETRAITE, "agent/index.xhtml");
        assertThat(browser.findElements(By.linkText(reference))).isEmpty();
        browser.get(conversationUrl);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        screenshot("other-team-not-found");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isIn("Page introuvable", "Page not found");
        assertThat(browser.getPageSource()).doesNotContain(reference);
    }

    @Test
    void theDashboardShowsFiguresToATeamLeadAndFitsAPhone() throws IOException {
        signIn(DemoAccounts.AGENT_FAMILLE, "agent/tableau-de-bord.xhtml");
        browser.manage().window().setSize(new Dimension(375, 800));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("received")));
        screenshot("dashboard-phone");
        assertAccessible("dashboard");
        Long overflow =
                (Long)
                        ((org.openqa.selenium.JavascriptExecutor) browser)
                                .executeScript(
                                        "return document.documentElement.scrollWidth -"
                                                + " window.innerWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
    }

    private void signIn(String login, String target) {
        browser.get(base + target);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signIn:login")));
        browser.findElement(By.id("signIn:login")).sendKeys(login);
        browser.findElement(By.id("signIn:password")).sendKeys(DemoAccounts.PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        wait.until(ExpectedConditions.urlContains("/agent/"));
        if (!browser.getCurrentUrl().endsWith(target)) {
            browser.get(base + target);
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    private void assertAccessible(String page) {
        Results results =
                new AxeBuilder()
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze(browser);
        List<Rule> blocking =
                results.getViolations().stream()
                        .filter(
                                r ->
                                        "serious".equals(r.getImpact())
                                                || "critical".equals(r.getImpact()))
                        .toList();
        assertThat(blocking)
                .as(
                        page
                                + ": "
                                + blocking.stream()
                                        .map(
                                                r ->
                                                        r.getId()
                                                                + " "
                                                                + r.getNodes().stream()
                                                                        .map(
                                                                                n ->
                                                                                        String
                                                                                                .valueOf(
                                                                                                        n
                                                                                                                .getTarget()))
                                                                        .collect(
                                                                                Collectors.joining(
                                                                                        ",")))
                                        .collect(Collectors.joining("; ")))
                .isEmpty();
    }

    private void screenshot(String name) throws IOException {
        String dir = System.getProperty("screenshots.dir", "target/screenshots");
        Path target = Path.of(dir, "backoffice-" + name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
