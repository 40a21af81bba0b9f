package fr.messagerie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.testsupport.Deployments;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin's jobs page in headless Chromium: an admin starts the statistics export and sees its
 * run completed with its counts; the page passes axe-core (WCAG 2.1 AA) and fits a 375px phone.
 */
@ExtendWith(ArquillianExtension.class)
class JobsAdminPageBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @ArquillianResource URL base;
    private WebDriver driver;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
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
                "--window-size=1280,1024",
                "--lang=fr-FR");
        options.setExperimentalOption(
                "prefs", java.util.Map.of("intl.accept_languages", "fr-FR,fr"));
        driver = new ChromeDriver(options);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        Path dir =
                Path.of(System.getProperty("screenshots.dir", "target/screenshots"), "jobs-admin");
        Files.createDirectories(dir);
        Files.write(
                dir.resolve("last-page.png"),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.quit();
    }

    @Test
    void anAdminStartsTheStatisticsExportAndSeesItsRunCompleted() {
        signInAsAdmin();
        driver.get(base + "admin/jobs.xhtml");
        assertThat(wait(By.tagName("h1")).getText()).isEqualTo("Traitements par lots");
        assertAccessible();

        wait(By.xpath("//button[contains(., 'Export des statistiques mensuelles')]")).click();

        new WebDriverWait(driver, WAIT)
                .until(
                        ExpectedConditions.textToBePresentInElementLocated(
                                By.id("jobs:messages"),
                                "Traitement backoffice-statistics-export lancé"));
        new WebDriverWait(driver, WAIT)
                .until(
                        ExpectedConditions.textToBePresentInElementLocated(
                                By.id("jobs:runs"), "COMPLETED"));
        assertThat(driver.findElement(By.id("jobs:runs")).getText())
                .contains("Export des statistiques mensuelles")
                .contains("lus");
        assertAccessible();

        driver.manage().window().setSize(new Dimension(375, 800));
        Object overflow =
                ((JavascriptExecutor) driver)
                        .executeScript(
                                "return document.documentElement.scrollWidth >"
                                        + " document.documentElement.clientWidth");
        assertThat(overflow).as("no horizontal scrolling at 375px").isEqualTo(false);
    }

    private void signInAsAdmin() {
        driver.get(base + "connexion.xhtml");
        wait(By.id("signIn:login")).sendKeys(DemoAccounts.ADMIN);
        driver.findElement(By.id("signIn:password")).sendKeys(DemoAccounts.PASSWORD);
        driver.findElement(By.id("signIn:submit")).click();
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("connexion.xhtml"));
    }

    private org.openqa.selenium.WebElement wait(By by) {
        return new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private void assertAccessible() {
        List<Rule> violations =
                new AxeBuilder()
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze(driver)
                        .getViolations();
        violations.forEach(
                rule -> System.out.println("[axe] jobs: " + rule.getId() + " " + rule.getImpact()));
        assertThat(
                        violations.stream()
                                .filter(r -> Set.of("serious", "critical").contains(r.getImpact()))
                                .map(r -> r.getId() + ": " + r.getNodes())
                                .toList())
                .isEmpty();
    }
}
