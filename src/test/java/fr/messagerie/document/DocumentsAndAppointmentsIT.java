package fr.messagerie.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.messagerie.document.domain.Sha256;
import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.testsupport.Deployments;
import fr.messagerie.testsupport.Mails;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * «Envoyer un document» and «Demander un rendez-vous» as people use them: headless Chromium signs
 * in through the real form, uploads, reads the receipt, tries other people's files; the mails
 * arrive in GreenMail in this JVM through the real outbox, JMS and the message-driven dispatcher;
 * axe-core checks each page.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentsAndAppointmentsIT {

    static final String FAMILY_MOTIF_ID =
            "235"; // MOTIF_CHANGEMENT_SITUATION_FAMILLE → FAMILLE_LOGEMENT
    static final String CITIZEN_EMAIL = "camille.martin@example.fr";
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final Pattern FILE_LINK = Pattern.compile("/espace/documents/fichier/(\\d+)");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @ArquillianResource URL base;
    @TempDir Path files;

    Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @BeforeEach
    void openBrowser(TestInfo test) {
        browser = Browser.open(base, test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void severalValidFilesAreReceivedAtOnceWithAReceiptOnScreenAndByMail() throws Exception {
        Path pdf = file("avis d'imposition.pdf", pdfBytes(2_000));
        Path jpeg = file("photo.jpg", jpegBytes());
        Path png = file("scan.png", pngBytes());

        browser.signIn(DemoAccounts.PARTICULIER);
        browser.go("espace/documents/index.xhtml");
        assertThat(browser.find(By.id("limits")).getText())
                .contains("PDF, JPEG, PNG")
                .contains("10 Mo au plus par fichier")
                .contains("5 fichiers au plus");
        browser.assertAccessible("documents upload");
        browser.screenshot("upload-form");
        browser.find(By.id("upload:files")).sendKeys(paths(pdf, jpeg, png));
        new Select(browser.find(By.id("upload:motif"))).selectByValue(FAMILY_MOTIF_ID);
        browser.find(By.id("upload:comment")).sendKeys("Pièces pour mon changement de situation");
        browser.clickAndWaitForPage(By.id("upload:send"));

        assertThat(browser.heading()).isEqualTo("Récépissé de dépôt");
        String reference = browser.find(By.id("reference")).getText().strip();
        assertThat(reference).matches("DOC-\\d{4}-[0-9A-Z]{8}");
        String page = browser.text();
        for (Path file : List.of(pdf, jpeg, png)) {
            assertThat(page)
                    .contains(file.getFileName().toString())
                    .contains("Taille : " + Files.size(file) + " octets")
                    .contains(Sha256.hexOf(Files.readAllBytes(file)));
        }
        assertThat(page).contains("Changement de situation - Famille").contains("non analysé");
        browser.assertAccessible("documents receipt");
        browser.screenshot("receipt");

        MimeMessage receipt = awaitMail("Récépissé de vos documents " + reference);
        assertThat(receipt.getAllRecipients()[0].toString()).isEqualTo(CITIZEN_EMAIL);
        String text = Mails.textPart(receipt);
        for (Path file : List.of(pdf, jpeg, png)) {
            assertThat(text)
                    .contains(
                            "- "
                                    + file.getFileName()
                                    + " : "
                                    + Files.size(file)
                                    + " octets, SHA-256 "
                                    + Sha256.hexOf(Files.readAllBytes(file)));
        }
        assertThat(Mails.htmlPart(receipt)).contains("avis d&#39;imposition.pdf");

        List<String> fileIds = fileIdsOnPage();
        assertThat(fileIds).hasSize(3);
        String pdfId = fileIds.get(0);
        assertThat(browser.download("espace/documents/fichier/" + pdfId))
                .isEqualTo("200 " + Sha256.hexOf(Files.readAllBytes(pdf)));

        browser.signOut();
        browser.signIn(DemoAccounts.PARTICULIER_2);
        assertThat(browser.download("espace/documents/fichier/" + pdfId)).startsWith("404");
        browser.go("espace/documents/recu.xhtml?ref=" + reference);
        assertThat(browser.text()).doesNotContain(pdf.getFileName().toString());

        browser.signOut();
        browser.signIn(DemoAccounts.AGENT_RETRAITE);
        assertThat(browser.download("agent/documents/fichier/" + pdfId)).startsWith("404");

        browser.signOut();
        browser.signIn(DemoAccounts.AGENT_FAMILLE);
        assertThat(browser.download("agent/documents/fichier/" + pdfId))
                .isEqualTo("200 " + Sha256.hexOf(Files.readAllBytes(pdf)));
        browser.go("agent/documents/index.xhtml");
        assertThat(browser.text()).contains(reference).contains("scan.png");
        browser.assertAccessible("agent documents");
        browser.screenshot("agent-documents");
    }

    @Test
    void aRenamedExecutableIsRefusedByNameAndNothingOfTheBatchIsStored() throws Exception {
        Path valid = file("justificatif.pdf", pdfBytes(500));
        byte[] program = new byte[600];
        program[0] = 'M';
        program[1] = 'Z';
        Path disguised = file("facture.pdf", program);

        browser.signIn(DemoAccounts.PARTICULIER);
        browser.go("espace/documents/index.xhtml");
        int before = sentCount();
        browser.find(By.id("upload:files")).sendKeys(paths(valid, disguised));
        browser.clickAndWaitForPage(By.id("upload:send"));

        String page = browser.text();
        assertThat(page)
                .contains("« facture.pdf » est un programme exécutable, pas un document")
                .contains("Aucun fichier n'a été enregistré")
                .doesNotContain("« justificatif.pdf »");
        assertThat(sentCount()).isEqualTo(before);
        browser.assertAccessible("documents refused");
        browser.screenshot("executable-refused");
    }

    @Test
    void anOversizedFileIsRefusedWithItsLimitAndNothingIsStored() throws Exception {
        Path big = file("gros.pdf", pdfBytes(10 * 1024 * 1024 + 1));

        browser.signIn(DemoAccounts.PARTICULIER);
        browser.go("espace/documents/index.xhtml");
        int before = sentCount();
        browser.find(By.id("upload:files")).sendKeys(big.toString());
        browser.clickAndWaitForPage(By.id("upload:send"));

        assertThat(browser.text())
                .contains("« gros.pdf » dépasse la taille maximale de 10 Mo.")
                .contains("Aucun fichier n'a été enregistré");
        assertThat(sentCount()).isEqualTo(before);
        browser.screenshot("oversized-refused");
    }

    @Test
    void theUploadPageFitsAPhoneScreen() {
        browser.signIn(DemoAccounts.PARTICULIER);
        browser.resize(375, 800);
        for (String path :
                List.of("espace/documents/index.xhtml", "espace/rendez-vous/demande.xhtml")) {
            browser.go(path);
            assertThat((Long) browser.script("return document.documentElement.scrollWidth;"))
                    .as(path + " scroll width")
                    .isLessThanOrEqualTo(375L);
            browser.screenshot("phone-" + path.replace('/', '-'));
        }
    }

    @Test
    void anAppointmentRequestConfirmedByAnAgentIsSeenAndMailedToTheCitizen() throws Exception {
        browser.signIn(DemoAccounts.PARTICULIER);
        browser.go("espace/rendez-vous/demande.xhtml");
        browser.assertAccessible("appointment request");
        new Select(browser.find(By.id("request:motif"))).selectByValue(FAMILY_MOTIF_ID);
        browser.find(By.id("request:channel:0")).click();
        List<WebElement> halfDays = browser.driver().findElements(By.name("halfDay"));
        assertThat(halfDays).hasSize(30);
        halfDays.get(0).click();
        halfDays.get(3).click();
        browser.find(By.id("request:phone")).sendKeys("06 12 34 56 78");
        browser.screenshot("appointment-request");
        browser.clickAndWaitForPage(By.id("request:submit"));

        assertThat(browser.heading()).isEqualTo("Mes rendez-vous");
        Matcher matcher = Pattern.compile("RDV-\\d{4}-[0-9A-Z]{8}").matcher(browser.text());
        assertThat(matcher.find()).isTrue();
        String reference = matcher.group();
        assertThat(statusOf(reference)).isEqualTo("Demande envoyée, en attente d'un agent");
        browser.assertAccessible("appointments list");
        MimeMessage requested =
                awaitMail("Votre demande de rendez-vous " + reference + " est enregistrée");
        assertThat(Mails.textPart(requested)).contains("par téléphone").contains("06 12 34 56 78");

        browser.signOut();
        browser.signIn(DemoAccounts.AGENT_FAMILLE);
        browser.go("agent/rendez-vous/index.xhtml");
        browser.clickAndWaitForPage(By.linkText(reference));
        browser.assertAccessible("agent appointment");
        LocalDate day = LocalDate.now().plusDays(7);
        String slot = day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 10:30";
        WebElement slotInput = browser.find(By.id("confirm:slot_input"));
        slotInput.sendKeys(slot);
        slotInput.sendKeys(Keys.ESCAPE);
        browser.find(By.id("confirm:details")).sendKeys("Appel du 01 23 45 67 89");
        browser.screenshot("agent-confirm");
        browser.clickAndWaitForPage(By.id("confirm:submit"));
        assertThat(browser.text()).contains("Le rendez-vous " + reference + " est confirmé");

        MimeMessage confirmed = awaitMail("Votre rendez-vous " + reference + " est confirmé");
        assertThat(Mails.textPart(confirmed))
                .contains("10:30")
                .contains(String.valueOf(day.getDayOfMonth()))
                .contains("Appel du 01 23 45 67 89");

        browser.signOut();
        browser.signIn(DemoAccounts.PARTICULIER);
        browser.go("espace/rendez-vous/index.xhtml");
        assertThat(statusOf(reference)).isEqualTo("Rendez-vous confirmé");
        assertThat(itemOf(reference).getText()).contains("10:30");
        browser.screenshot("citizen-sees-confirmation");

        itemOf(reference).findElement(By.tagName("input")).click();
        browser.find(By.tagName("h1"));
        await().atMost(PATIENCE)
                .ignoreExceptions()
                .until(() -> statusOf(reference).equals("Annulé"));
        awaitMail("Votre rendez-vous " + reference + " est annulé");
    }

    @Test
    void anotherTeamCannotOpenAnAppointmentRequest() throws Exception {
        browser.signIn(DemoAccounts.PARTICULIER);
        browser.go("espace/rendez-vous/demande.xhtml");
        new Select(browser.find(By.id("request:motif"))).selectByValue(FAMILY_MOTIF_ID);
        browser.find(By.id("request:channel:1")).click();
        browser.driver().findElements(By.name("halfDay")).get(1).click();
        browser.find(By.id("request:phone")).sendKeys("0123456789");
        browser.clickAndWaitForPage(By.id("request:submit"));
        Matcher matcher = Pattern.compile("RDV-\\d{4}-[0-9A-Z]{8}").matcher(browser.text());
        assertThat(matcher.find()).isTrue();

        browser.signOut();
        browser.signIn(DemoAccounts.AGENT_RETRAITE);
        browser.go("agent/rendez-vous/index.xhtml");
        assertThat(browser.text()).doesNotContain(matcher.group());
        assertThat(browser.download("agent/rendez-vous/demande.xhtml?ref=" + matcher.group()))
                .startsWith("404");
    }

    private String statusOf(String reference) {
        return itemOf(reference).findElement(By.className("status")).getText().strip();
    }

    private WebElement itemOf(String reference) {
        return browser.find(By.cssSelector("li.appointment[data-reference='" + reference + "']"));
    }

    private int sentCount() {
        return browser.driver()
                .findElements(By.cssSelector("ul[aria-labelledby='sent-title'] > li"))
                .size();
    }

    private List<String> fileIdsOnPage() {
        return browser.driver().findElements(By.cssSelector("a.file-name")).stream()
                .map(a -> a.getAttribute("href"))
                .map(FILE_LINK::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .toList();
    }

    private MimeMessage awaitMail(String subject) {
        return await().atMost(PATIENCE)
                .until(
                        () ->
                                Arrays.stream(mail.getReceivedMessages())
                                        .filter(m -> subject.equals(subjectOf(m)))
                                        .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(files.resolve(name), content);
    }

    private static String paths(Path... paths) {
        return Arrays.stream(paths).map(Path::toString).collect(Collectors.joining("\n"));
    }

    static byte[] pdfBytes(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) ' ');
        byte[] header = "%PDF-1.7\n% test\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    static byte[] jpegBytes() {
        byte[] content = new byte[1_234];
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xD8;
        content[2] = (byte) 0xFF;
        content[3] = (byte) 0xE0;
        return content;
    }

    static byte[] pngBytes() {
        byte[] content = new byte[777];
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    /**
     * A small private browser helper (headless Chromium, screenshots, axe-core gate), until the
     * shared one is merged into testsupport.
     */
    static final class Browser implements AutoCloseable {

        static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
        static final Set<String> BLOCKING = Set.of("serious", "critical");
        static final Duration WAIT = Duration.ofSeconds(20);

        final WebDriver driver;
        final URL base;
        final Path screenshots;
        int step;

        Browser(WebDriver driver, URL base, Path screenshots) {
            this.driver = driver;
            this.base = base;
            this.screenshots = screenshots;
        }

        static Browser open(URL base, String testName) {
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
            Path dir =
                    Path.of(System.getProperty("screenshots.dir", "target/screenshots"), testName);
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Browser(new ChromeDriver(options), base, dir);
        }

        WebDriver driver() {
            return driver;
        }

        void go(String path) {
            driver.get(base.toString() + path);
        }

        void signIn(String login) {
            go("connexion.xhtml");
            find(By.id("signIn:login")).sendKeys(login);
            find(By.id("signIn:password")).sendKeys(DemoAccounts.PASSWORD);
            clickAndWaitForPage(By.id("signIn:submit"));
            assertThat(driver.getCurrentUrl()).doesNotContain("connexion.xhtml");
        }

        void signOut() {
            go("deconnexion");
            driver.manage().deleteAllCookies();
        }

        WebElement find(By by) {
            return new WebDriverWait(driver, WAIT)
                    .until(ExpectedConditions.presenceOfElementLocated(by));
        }

        void clickAndWaitForPage(By by) {
            WebElement target = find(by);
            script("window.__oldPage = true;");
            target.click();
            new WebDriverWait(driver, WAIT)
                    .ignoring(WebDriverException.class)
                    .until(
                            d ->
                                    Boolean.TRUE.equals(
                                            script(
                                                    "return window.__oldPage === undefined &&"
                                                            + " document.readyState ==="
                                                            + " 'complete'")));
        }

        String heading() {
            return find(By.tagName("h1")).getText().strip();
        }

        String text() {
            return driver.findElement(By.tagName("body")).getText();
        }

        Object script(String script, Object... arguments) {
            return ((JavascriptExecutor) driver).executeScript(script, arguments);
        }

        /** Fetches a path with the session's cookies: "status sha256-of-body". */
        String download(String path) {
            Object answer =
                    ((JavascriptExecutor) driver)
                            .executeAsyncScript(
                                    "const done = arguments[arguments.length - 1];"
                                            + "fetch(arguments[0], {credentials: 'same-origin'})"
                                            + ".then(async r => { const b = await r.arrayBuffer();"
                                            + " const d = await crypto.subtle.digest('SHA-256', b);"
                                            + " const h = Array.from(new Uint8Array(d))"
                                            + ".map(x => x.toString(16).padStart(2, '0')).join('');"
                                            + " done(r.status + ' ' + h); })"
                                            + ".catch(e => done('error ' + e));",
                                    base.toString() + path);
            return String.valueOf(answer);
        }

        void resize(int width, int height) {
            driver.manage().window().setSize(new Dimension(width, height));
        }

        void screenshot(String name) {
            step++;
            try {
                Files.write(
                        screenshots.resolve(String.format("%02d-%s.png", step, name)),
                        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void assertAccessible(String page) {
            List<Rule> violations = new AxeBuilder().withTags(WCAG).analyze(driver).getViolations();
            violations.forEach(rule -> System.out.println("[axe] " + page + ": " + describe(rule)));
            assertThat(
                            violations.stream()
                                    .filter(rule -> BLOCKING.contains(rule.getImpact()))
                                    .map(Browser::describe)
                                    .toList())
                    .as("serious or critical accessibility violations on " + page)
                    .isEmpty();
        }

        static String describe(Rule rule) {
            return rule.getImpact()
                    + " "
                    + rule.getId()
                    + " at "
                    + rule.getNodes().stream()
                            .map(node -> String.valueOf(node.getTarget()))
                            .collect(Collectors.joining(", "));
        }

        @Override
        public void close() {
            try {
                screenshot("last-page");
                Files.writeString(screenshots.resolve("last-page.html"), driver.getPageSource());
            } catch (IOException | RuntimeException e) {
                // Keeping the last page is a courtesy; quitting the browser is not.
            } finally {
                driver.quit();
            }
        }
    }
}
