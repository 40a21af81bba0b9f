package fr.messagerie.referential.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.testsupport.Browser;
import fr.messagerie.testsupport.Deployments;
import fr.messagerie.testsupport.ItDriver;
import fr.messagerie.testsupport.ItDriverServlet;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/**
 * An administrator adds a motif under an existing subject; citizens are offered it at once, a
 * conversation is opened on it, then the administrator deactivates it: new messages no longer offer
 * it, but the conversation's pages (citizen's and agent's) still name it. The service refuses the
 * same change from an agent, and the audit trail records who did what.
 */
@ExtendWith(ArquillianExtension.class)
class MotifAdministrationBrowserIT {

    private static final String THEME = "Famille, logement";
    private static final String SUBJECT = "Allocations familiales";
    private static final String LABEL = "Adoption d'un enfant";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar(ItDriverServlet.class, ReferentialAdminItServlet.class);
    }

    @ArquillianResource private URL base;

    private final HttpClient http = HttpClient.newHttpClient();
    private Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aMotifTheAdminCreatesIsOfferedThenDeactivatedWithoutBreakingItsConversation()
            throws Exception {
        String code =
                "MOTIF_ADOPTION_"
                        + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        browser = Browser.open(base, "motif-administration");
        browser.signInAsStaff(DemoAccounts.ADMIN);
        openMotifsPage();
        check("motifs-page");
        onAPhone("motifs-page-phone");

        browser.clickAndWaitForPage(By.id("motifForm:save"));
        assertThat(browser.text())
                .contains(
                        "Le motif n'a pas été enregistré : corrigez les champs signalés.",
                        "Indiquez un code.",
                        "Indiquez un libellé.",
                        "Choisissez un sujet.",
                        "Choisissez une équipe.",
                        "Le délai de réponse doit être un nombre entier de jours ouvrés entre 1"
                                + " et 60.");
        check("motif-errors");

        type("motifForm:code", code);
        type("motifForm:labelFr", LABEL);
        type("motifForm:labelEn", "Adopting a child");
        new Select(browser.find(By.id("motifForm:subject")))
                .selectByVisibleText(THEME + " › " + SUBJECT);
        new Select(browser.find(By.id("motifForm:team")))
                .selectByVisibleText("Équipe Famille, logement");
        type("motifForm:sla", "61");
        type("motifForm:sortOrder", "5");
        browser.clickAndWaitForPage(By.id("motifForm:save"));
        assertThat(browser.text())
                .contains("Le délai de réponse doit être un nombre entier")
                .doesNotContain("Motif " + code + " créé.");

        type("motifForm:sla", "7");
        browser.clickAndWaitForPage(By.id("motifForm:save"));
        assertThat(browser.text()).contains("Motif " + code + " créé.");
        assertThat(row(code).getText()).contains(LABEL, "7", "Actif");
        check("motif-created");

        // The order decides the place in the wizard; an edit keeps the code and the id.
        browser.clickAndWaitForPage(rowButton(code, "Modifier"));
        assertThat(browser.find(By.id("motifForm:code")).getAttribute("value")).isEqualTo(code);
        type("motifForm:sla", "8");
        browser.clickAndWaitForPage(By.id("motifForm:save"));
        assertThat(browser.text()).contains("Motif " + code + " modifié.");
        assertThat(motif(code).getInt("slaWorkingDays")).isEqualTo(8);
        browser.signOut();

        browser.signIn(DemoAccounts.PARTICULIER);
        assertThat(motifStep()).contains(LABEL);
        browser.signOut();

        ItDriver driver = new ItDriver(base);
        String reference =
                driver.submit(DemoAccounts.PARTICULIER, code, "Nous adoptons un enfant en mars.");

        assertThat(
                        get("it-referential/deactivate?login="
                                        + DemoAccounts.AGENT_FAMILLE
                                        + "&code="
                                        + code)
                                .statusCode())
                .as("the service itself refuses an agent")
                .isEqualTo(403);
        assertThat(motif(code).getBoolean("active")).isTrue();

        browser.signInAsStaff(DemoAccounts.ADMIN);
        openMotifsPage();
        browser.clickAndWaitForPage(rowButton(code, "Désactiver"));
        assertThat(browser.text()).contains("Motif désactivé");
        assertThat(row(code).getText()).contains("Désactivé");
        check("motif-deactivated");
        browser.signOut();

        browser.signIn(DemoAccounts.PARTICULIER);
        assertThat(motifStep()).doesNotContain(LABEL).contains("Changement de situation - Famille");
        browser.go("espace/messagerie/conversation.xhtml?ref=" + reference);
        assertThat(browser.text()).contains(reference, LABEL);
        browser.screenshot("citizen-conversation-keeps-motif");
        browser.signOut();

        JsonObject motif = motif(code);
        assertThat(motif.getBoolean("active")).isFalse();
        assertThat(motif.getString("label")).isEqualTo(LABEL);
        long conversationId =
                json(get("it-referential/conversation?reference=" + reference).body())
                        .getJsonNumber("id")
                        .longValue();
        browser.signInAsStaff(DemoAccounts.AGENT_FAMILLE);
        browser.go("agent/conversation.xhtml?id=" + conversationId);
        assertThat(browser.text()).contains(reference, LABEL);
        browser.screenshot("agent-conversation-keeps-motif");
        browser.go("admin/motifs.xhtml");
        assertThat(browser.heading()).isEqualTo("Accès refusé");

        assertThat(get("it-referential/audit?id=" + motif.getJsonNumber("id")).body())
                .contains(
                        "REFERENTIAL_CREATED by admin on " + code,
                        "REFERENTIAL_UPDATED by admin on " + code,
                        "REFERENTIAL_DEACTIVATED by admin on " + code);
    }

    @Test
    void anAdminManagesATeamsCannedResponseThatItsAgentsAreOffered() throws Exception {
        String title = "Adoption : pièces à fournir " + System.nanoTime();
        browser = Browser.open(base, "canned-responses");
        browser.signInAsStaff(DemoAccounts.ADMIN);
        browser.go("admin/reponses-types.xhtml");
        assertThat(browser.heading()).isEqualTo("Réponses types");
        check("canned-page");
        onAPhone("canned-page-phone");

        type("cannedForm:title", title);
        browser.clickAndWaitForPage(By.id("cannedForm:save"));
        assertThat(browser.text())
                .contains(
                        "Indiquez le texte de la réponse.",
                        "Choisissez soit un motif, soit une équipe (pas les deux).");
        check("canned-errors");

        type("cannedForm:body", "Bonjour {nom}, merci de joindre le jugement d'adoption.");
        new Select(browser.find(By.id("cannedForm:team")))
                .selectByVisibleText("Équipe Famille, logement");
        type("cannedForm:sortOrder", "30");
        browser.clickAndWaitForPage(By.id("cannedForm:save"));
        assertThat(browser.text()).contains("Réponse type créée.");
        WebElement row = browser.find(By.xpath("//tr[td[contains(., '" + title + "')]]"));
        assertThat(row.getText()).contains("Équipe : Équipe Famille, logement");
        String id = row.findElement(By.cssSelector("div[data-canned]")).getAttribute("data-canned");

        browser.clickAndWaitForPage(cannedButton(id, "Modifier"));
        type("cannedForm:title", title + " (modifiée)");
        browser.clickAndWaitForPage(By.id("cannedForm:save"));
        assertThat(browser.text()).contains("Réponse type modifiée.", title + " (modifiée)");
        browser.signOut();

        String reference =
                new ItDriver(base)
                        .submit(
                                DemoAccounts.PARTICULIER,
                                "MOTIF_CHANGEMENT_SITUATION_FAMILLE",
                                "Une question sur notre adoption.");
        long conversationId =
                json(get("it-referential/conversation?reference=" + reference).body())
                        .getJsonNumber("id")
                        .longValue();
        browser.signInAsStaff(DemoAccounts.AGENT_FAMILLE);
        browser.go("agent/conversation.xhtml?id=" + conversationId);
        assertThat(browser.find(By.id("reply:canned")).getText()).contains(title + " (modifiée)");
        browser.signOut();

        assertThat(
                        get("it-referential/canned-delete?login="
                                        + DemoAccounts.AGENT_FAMILLE
                                        + "&id="
                                        + id)
                                .statusCode())
                .as("the service itself refuses an agent")
                .isEqualTo(403);

        browser.signInAsStaff(DemoAccounts.ADMIN);
        browser.go("admin/reponses-types.xhtml");
        browser.clickAndWaitForPage(cannedButton(id, "Supprimer"));
        assertThat(browser.text()).contains("Réponse type supprimée.").doesNotContain(title);

        assertThat(get("it-referential/audit?type=CANNED_RESPONSE&id=" + id).body())
                .contains(
                        "REFERENTIAL_CREATED by admin",
                        "REFERENTIAL_UPDATED by admin",
                        "REFERENTIAL_DELETED by admin")
                .doesNotContain("adoption");
    }

    private static By cannedButton(String id, String label) {
        return By.xpath(
                "//div[@data-canned='" + id + "']//button[normalize-space()='" + label + "']");
    }

    private void openMotifsPage() {
        browser.go("admin/motifs.xhtml");
        assertThat(browser.heading()).isEqualTo("Motifs de contact");
    }

    /** The labels the wizard's motif step offers for the subject, as the citizen sees them. */
    private String motifStep() {
        browser.go("espace/index.xhtml");
        browser.clickAndWaitForPage(By.id("openMessaging"));
        browser.clickAndWaitForPage(By.id("newMessage"));
        choose(THEME);
        choose(SUBJECT);
        assertThat(browser.find(By.id("step-title")).getText()).contains("Choix du motif");
        return browser.text();
    }

    private void choose(String label) {
        browser.find(By.xpath("//label[normalize-space()='" + label + "']")).click();
        browser.clickAndWaitForPage(By.id("step:validate"));
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

    private JsonObject motif(String code) throws Exception {
        HttpResponse<String> response = get("it-referential/motif?code=" + code);
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
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
