package fr.messagerie.referential.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.testsupport.Browser;
import fr.messagerie.testsupport.Deployments;
import fr.messagerie.testsupport.ItDriver;
import fr.messagerie.testsupport.ItDriverServlet;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator builds a new branch of the taxonomy through the screens (a theme for
 * particuliers, a subject under it, a motif under that), a citizen is offered it and writes, an
 * agent takes the request; the administrator finds it in the inbox with the new theme, subject and
 * assignee filters, then deactivates the subject: the wizard no longer offers it while the inbox
 * still lists the request under its theme. Every admin page passes the accessibility rules.
 */
@ExtendWith(ArquillianExtension.class)
class ReferentialScreensBrowserIT {

    private static final String TEAM_LABEL = "Équipe Famille, logement";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar(ItDriverServlet.class, ReferentialScreensItServlet.class);
    }

    @ArquillianResource private URL base;

    private Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aThemeAndSubjectCreatedOnTheScreensReachTheWizardTheInboxFiltersAndLeaveItDeactivated()
            throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        String themeCode = "THEME_NAVIGATEUR_" + suffix;
        String subjectCode = "SUJET_NAVIGATEUR_" + suffix;
        String motifCode = "MOTIF_NAVIGATEUR_" + suffix;
        String themeLabel = "Essai navigateur " + suffix;
        String subjectLabel = "Sujet navigateur " + suffix;
        String motifLabel = "Motif navigateur " + suffix;
        browser = Browser.open(base, "referential-screens");
        browser.signInAsStaff(DemoAccounts.ADMIN);
        try {
            browser.go("agent/index.xhtml");
            browser.clickAndWaitForPage(By.linkText("Thèmes"));
            assertThat(browser.heading()).isEqualTo("Thèmes");
            check("themes-page");
            onAPhone("themes-page-phone");

            browser.clickAndWaitForPage(By.id("themeForm:save"));
            assertThat(browser.text())
                    .contains(
                            "Le thème n'a pas été enregistré : corrigez les champs signalés.",
                            "Indiquez un code.",
                            "Indiquez un libellé.",
                            "Choisissez au moins un public.",
                            "L'ordre d'affichage doit être un nombre entier positif ou nul.");
            check("theme-errors");

            type("themeForm:code", themeCode);
            type("themeForm:labelFr", themeLabel);
            type("themeForm:labelEn", "Browser test " + suffix);
            browser.find(
                            By.xpath(
                                    "//form[@id='themeForm']//label[normalize-space()='Particuliers']"))
                    .click();
            type("themeForm:sortOrder", "999");
            browser.clickAndWaitForPage(By.id("themeForm:save"));
            assertThat(browser.text()).contains("Thème " + themeCode + " créé.");
            assertThat(row(themeCode).getText()).contains(themeLabel, "Particuliers", "Actif");

            browser.clickAndWaitForPage(By.linkText("Sujets"));
            assertThat(browser.heading()).isEqualTo("Sujets");
            check("subjects-page");
            type("subjectForm:code", subjectCode);
            type("subjectForm:labelFr", subjectLabel);
            type("subjectForm:labelEn", "Browser subject " + suffix);
            new Select(browser.find(By.id("subjectForm:theme"))).selectByVisibleText(themeLabel);
            type("subjectForm:sortOrder", "10");
            browser.clickAndWaitForPage(By.id("subjectForm:save"));
            assertThat(browser.text()).contains("Sujet " + subjectCode + " créé.");
            assertThat(row(subjectCode).getText()).contains(subjectLabel, themeLabel);

            browser.clickAndWaitForPage(By.linkText("Motifs"));
            type("motifForm:code", motifCode);
            type("motifForm:labelFr", motifLabel);
            type("motifForm:labelEn", "Browser reason " + suffix);
            new Select(browser.find(By.id("motifForm:subject")))
                    .selectByVisibleText(themeLabel + " › " + subjectLabel);
            new Select(browser.find(By.id("motifForm:team"))).selectByVisibleText(TEAM_LABEL);
            type("motifForm:sla", "5");
            type("motifForm:sortOrder", "10");
            browser.clickAndWaitForPage(By.id("motifForm:save"));
            assertThat(browser.text()).contains("Motif " + motifCode + " créé.");

            browser.clickAndWaitForPage(By.linkText("Services en ligne"));
            assertThat(browser.heading()).isEqualTo("Services en ligne");
            check("online-services-page");
            type("serviceForm:code", "SERVICE_NAVIGATEUR_" + suffix);
            type("serviceForm:labelFr", "Service");
            type("serviceForm:labelEn", "Service");
            type("serviceForm:url", "http://www.example.fr/");
            browser.clickAndWaitForPage(By.id("serviceForm:save"));
            assertThat(browser.text())
                    .contains("L'adresse doit être complète et commencer par https://");
            check("online-service-errors");

            browser.clickAndWaitForPage(By.linkText("Équipes"));
            assertThat(browser.heading()).isEqualTo("Équipes");
            check("teams-page");
            browser.clickAndWaitForPage(
                    By.xpath(
                            "//div[@data-code='"
                                    + DemoAccounts.TEAM_FAMILLE
                                    + "']//a[normalize-space()='Membres']"));
            assertThat(browser.heading()).isEqualTo("Membres de l'équipe : " + TEAM_LABEL);
            assertThat(browser.text()).contains("Agnès Famille", "Responsable");
            check("team-members-page");
            browser.signOut();

            browser.signIn(DemoAccounts.PARTICULIER);
            assertThat(wizardUpToMotifs(themeLabel, subjectLabel)).contains(motifLabel);
            browser.signOut();

            String reference =
                    new ItDriver(base)
                            .submit(
                                    DemoAccounts.PARTICULIER,
                                    motifCode,
                                    "Une demande écrite par le test du navigateur.");
            assertThat(
                            post(
                                    "it-admin/take?login="
                                            + DemoAccounts.AGENT_FAMILLE
                                            + "&reference="
                                            + reference))
                    .isEqualTo(200);

            browser.signInAsStaff(DemoAccounts.ADMIN);
            browser.go("agent/index.xhtml");
            new Select(browser.find(By.id("inbox:theme"))).selectByVisibleText(themeLabel);
            new Select(browser.find(By.id("inbox:subject")))
                    .selectByVisibleText(themeLabel + " › " + subjectLabel);
            new Select(browser.find(By.id("inbox:assignee"))).selectByVisibleText("Agnès Famille");
            search();
            assertThat(tableText()).contains(reference, motifLabel);
            check("inbox-filtered-by-theme-subject-assignee");

            new Select(browser.find(By.id("inbox:assignee"))).selectByVisibleText("Rémi Retraite");
            search();
            assertThat(tableText())
                    .contains("Aucune demande ne correspond.")
                    .doesNotContain(reference);

            browser.go("admin/sujets.xhtml");
            browser.clickAndWaitForPage(rowButton(subjectCode, "Désactiver"));
            assertThat(browser.text()).contains("Sujet désactivé");
            assertThat(row(subjectCode).getText()).contains("Désactivé");
            check("subject-deactivated");

            browser.go("agent/index.xhtml");
            new Select(browser.find(By.id("inbox:theme"))).selectByVisibleText(themeLabel);
            search();
            assertThat(tableText()).contains(reference, themeLabel, subjectLabel, motifLabel);
            browser.signOut();

            browser.signIn(DemoAccounts.PARTICULIER);
            browser.go("espace/index.xhtml");
            browser.clickAndWaitForPage(By.id("openMessaging"));
            browser.clickAndWaitForPage(By.id("newMessage"));
            choose(themeLabel);
            assertThat(browser.text()).doesNotContain(subjectLabel);
            browser.go("espace/messagerie/conversation.xhtml?ref=" + reference);
            assertThat(browser.text()).contains(reference, motifLabel);
            browser.signOut();
        } finally {
            // Leave nothing new in the wizard for the other tests of this server.
            post("it-admin/deactivate?login=admin&type=MOTIF&code=" + motifCode);
            post("it-admin/deactivate?login=admin&type=THEME&code=" + themeCode);
        }
    }

    /** Walks the wizard to its motif step and returns what the page offers. */
    private String wizardUpToMotifs(String theme, String subject) {
        browser.go("espace/index.xhtml");
        browser.clickAndWaitForPage(By.id("openMessaging"));
        browser.clickAndWaitForPage(By.id("newMessage"));
        choose(theme);
        choose(subject);
        assertThat(browser.find(By.id("step-title")).getText()).contains("Choix du motif");
        return browser.text();
    }

    private void choose(String label) {
        browser.find(By.xpath("//label[normalize-space()='" + label + "']")).click();
        browser.clickAndWaitForPage(By.id("step:validate"));
    }

    /** Runs the inbox's ajax search and waits for the table to be re-rendered. */
    private void search() {
        WebElement table = browser.find(By.id("inbox:table"));
        browser.find(By.id("inbox:search")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(
                        d -> {
                            try {
                                table.isDisplayed();
                                return false;
                            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                                return true;
                            }
                        });
    }

    private String tableText() {
        return browser.find(By.id("inbox:table")).getText();
    }

    private void type(String id, String value) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private WebElement row(String code) {
        return browser.find(By.xpath("//tr[.//div[@data-code='" + code + "']]"));
    }

    private static By rowButton(String code, String label) {
        return By.xpath(
                "//div[@data-code='" + code + "']//button[normalize-space()='" + label + "']");
    }

    private int post(String pathAndQuery) throws Exception {
        String[] parts = pathAndQuery.split("\\?", 2);
        StringBuilder query = new StringBuilder();
        for (String pair : parts[1].split("&")) {
            String[] kv = pair.split("=", 2);
            query.append(query.length() == 0 ? "" : "&")
                    .append(kv[0])
                    .append('=')
                    .append(URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
        }
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + parts[0] + "?" + query))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private void check(String step) {
        browser.screenshot(step);
        browser.assertAccessible(step);
    }

    /** The same page on a 375 px wide phone: nothing may need a horizontal scroll. */
    private void onAPhone(String step) {
        browser.resize(375, 812);
        try {
            browser.screenshot(step);
            browser.assertAccessible(step);
            assertThat(
                            (Boolean)
                                    browser.script(
                                            "return document.documentElement.scrollWidth"
                                                    + " <= document.documentElement.clientWidth"))
                    .as("no horizontal scroll at 375 px")
                    .isTrue();
        } finally {
            browser.resize(1280, 1024);
        }
    }
}
