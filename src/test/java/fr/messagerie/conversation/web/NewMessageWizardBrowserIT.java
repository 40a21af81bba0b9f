package fr.messagerie.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.testsupport.Browser;
import fr.messagerie.testsupport.Deployments;
import fr.messagerie.testsupport.ItDriver;
import fr.messagerie.testsupport.ItDriverServlet;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The user guide's example, in a real browser: from "Mon espace privé" through the new-message flow
 * to the confirmation and back to the home list, with an accessibility check and a screenshot on
 * every citizen page.
 */
@ExtendWith(ArquillianExtension.class)
class NewMessageWizardBrowserIT {

    private static final String REFERENCE = "MSG-\\d{4}-[0-9A-Z]{8}";
    private static final String SERVICE_URL =
            "https://www.example.fr/services/changement-situation";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar(ItDriverServlet.class);
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
    void theGuidesExampleSendsOneMessageAndListsIt() {
        browser = Browser.open(base, "wizard-guide-example");
        browser.signIn(DemoAccounts.PARTICULIER);
        openMessaging();
        int before = conversationCards().size();

        browser.clickAndWaitForPage(By.id("newMessage"));
        assertThat(stepTitle()).contains("Étape 1 sur 5", "Choix du thème");
        assertThat(browser.text()).contains("Mon message concerne", "Mon dossier :", "Santé");
        assertThat(componentScripts()).as("the choice steps are plain Faces").isZero();
        assertThat(
                        browser.script(
                                "return getComputedStyle(document.getElementById("
                                        + "'step:validate')).backgroundColor"))
                .as("our primary colour, not the component theme's plain-input style")
                .isEqualTo("rgb(31, 78, 140)");
        check("theme-step");

        browser.clickAndWaitForPage(By.id("step:validate"));
        assertThat(browser.find(By.id("step:themeError")).getText())
                .isEqualTo("Choisissez le thème de votre message.");
        // The refusal is said first: in the title, and in a summary that has the focus and whose
        // link leads into the field.
        assertThat(browser.driver().getTitle()).startsWith("Erreur – ");
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("errorSummary");
        WebElement toTheField =
                browser.find(By.cssSelector("#errorSummary a[data-field='step:theme']"));
        assertThat(toTheField.getText()).isEqualTo("Choisissez le thème de votre message.");
        toTheField.click();
        assertThat(browser.script("return document.activeElement.name")).isEqualTo("step:theme");
        check("theme-required");

        choose("Famille, logement");
        assertThat(stepTitle()).contains("Choix du sujet");
        assertThat(browser.find(By.id("chosenTheme")).getText()).isEqualTo("Famille, logement");
        assertThat(browser.text()).contains("Allocations familiales", "Aides au logement");
        check("subject-step");

        choose("Allocations familiales");
        assertThat(stepTitle()).contains("Choix du motif");
        assertThat(browser.find(By.id("chosenSubject")).getText())
                .isEqualTo("Allocations familiales");
        check("motif-step");

        choose("Changement de situation - Famille");
        WebElement dialog = browser.visible(By.id("offer"));
        assertThat(dialog.getText())
                .contains("Déclarer un changement de situation", "J'utilise le service en ligne");
        assertThat(browser.find(By.id("offerForm:writeMessage")).getAttribute("value"))
                .isEqualTo("Fermer et rédiger mon message");
        assertThat(browser.find(By.id("offerForm:changeSelection")).getAttribute("value"))
                .isEqualTo("Fermer et modifier le thème, le sujet ou le motif");
        assertThat(dialog.getAttribute("role")).isEqualTo("dialog");
        assertThat(componentScripts()).as("the offer is a native dialog").isZero();
        // The modal dialog starts the focus on its autofocus element, the online service's link.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(driver -> focusIsInside("offer"));
        check("online-service-dialog");

        // «Fermer et modifier…» goes back to the motif, the theme and the subject kept.
        browser.clickAndWaitForPage(By.id("offerForm:changeSelection"));
        assertThat(stepTitle()).contains("Étape 3 sur 5", "Choix du motif");
        assertThat(browser.find(By.id("chosenTheme")).getText()).isEqualTo("Famille, logement");
        assertThat(browser.find(By.id("chosenSubject")).getText())
                .isEqualTo("Allocations familiales");
        assertThat(browser.find(By.id("offer")).isDisplayed()).isFalse();

        // Closing the window with Escape leads to the message, as the guide says.
        choose("Changement de situation - Famille");
        browser.visible(By.id("offer"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(driver -> focusIsInside("offer"));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        awaitStep("Étape 4 sur 5");
        assertThat(stepTitle()).contains("Étape 4 sur 5", "Rédaction du message");

        // And so does its ×.
        browser.clickAndWaitForPage(By.cssSelector("[id$='modifyMotif']"));
        choose("Changement de situation - Famille");
        browser.visible(By.id("offerClose")).click();
        awaitStep("Étape 4 sur 5");
        assertThat(stepTitle()).contains("Étape 4 sur 5", "Rédaction du message");
        assertThat(browser.find(By.id("chosenTheme")).getText()).isEqualTo("Famille, logement");
        assertThat(browser.find(By.id("chosenSubject")).getText())
                .isEqualTo("Allocations familiales");
        assertThat(browser.find(By.id("chosenMotif")).getText())
                .isEqualTo("Changement de situation - Famille");
        assertThat(browser.find(By.id("chosenService")).getText())
                .isEqualTo("Déclarer un changement de situation");
        assertThat(browser.text())
                .contains(
                        "Service en ligne :",
                        "Attention : nous vous conseillons de ne pas communiquer d'information"
                                + " relative à des données médicales.",
                        "750 caractères restants.");
        assertThat(browser.find(By.id("step:text")).getAttribute("placeholder"))
                .isEqualTo("Écrivez ici votre message (minimum 10 caractères)");
        check("message-step");
        onAPhone("message-step-phone");

        // French takes the singular for 0 and 1, past the limit too.
        for (var count :
                Map.of(
                                749, "1 caractère restant.",
                                750, "0 caractère restant.",
                                751, "1 caractère en trop.",
                                752, "2 caractères en trop.")
                        .entrySet()) {
            browser.script(
                    "const field = document.getElementById('step:text');"
                            + " field.value = 'a'.repeat("
                            + count.getKey()
                            + "); field.dispatchEvent(new Event('input'));");
            assertThat(browser.find(By.id("text-counter")).getText()).isEqualTo(count.getValue());
        }
        browser.find(By.id("step:text")).clear();
        browser.find(By.id("step:text")).sendKeys("Bonjour !");
        assertThat(browser.find(By.id("text-counter")).getText())
                .isEqualTo("741 caractères restants.");
        browser.clickAndWaitForPage(By.id("step:validate"));
        assertThat(browser.find(By.id("step:textError")).getText())
                .isEqualTo(
                        "Votre message est trop court : il doit comporter au moins 10 caractères"
                                + " (il en compte 9).");
        assertThat(browser.driver().getTitle()).startsWith("Erreur – ");
        assertThat(
                        browser.find(By.cssSelector("#errorSummary a[data-field='step:text']"))
                                .getText())
                .isEqualTo(
                        "Votre message est trop court : il doit comporter au moins 10 caractères"
                                + " (il en compte 9).");
        check("message-too-short");

        String message = "Bonjour, notre deuxième enfant est né le 3 novembre. Que dois-je faire ?";
        WebElement text = browser.find(By.id("step:text"));
        text.clear();
        text.sendKeys(message);
        browser.clickAndWaitForPage(By.id("step:validate"));
        assertThat(stepTitle()).contains("Étape 5 sur 5", "Récapitulatif de ma demande");
        assertThat(browser.find(By.id("summaryTheme")).getText()).isEqualTo("Famille, logement");
        assertThat(browser.find(By.id("summarySubject")).getText())
                .isEqualTo("Allocations familiales");
        assertThat(browser.find(By.id("summaryMotif")).getText())
                .isEqualTo("Changement de situation - Famille");
        assertThat(browser.find(By.id("summaryText")).getText()).isEqualTo(message);
        assertThat(
                        Stream.of("step:cancel", "step:previous", "step:send")
                                .map(id -> browser.find(By.id(id)).getAttribute("value")))
                .containsExactly("Annuler", "Précédent", "Envoyer");
        assertThat(componentScripts()).as("the message and summary steps are plain").isZero();
        check("summary-step");

        // A second tab of the same run sends first; the first tab's "Envoyer" then finds it.
        String firstTab = browser.driver().getWindowHandle();
        String recapAddress = browser.driver().getCurrentUrl();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.driver().get(recapAddress);
        browser.clickAndWaitForPage(By.id("step:send"));
        String fromSecondTab = browser.find(By.id("reference")).getText();
        browser.driver().close();
        browser.driver().switchTo().window(firstTab);

        browser.clickAndWaitForPage(By.id("step:send"));
        String reference = browser.find(By.id("reference")).getText();
        assertThat(reference).matches(REFERENCE).isEqualTo(fromSecondTab);
        assertThat(browser.find(By.id("delay")).getText())
                .matches(
                        "Délai de réponse prévu : \\d+ jours? ouvrés?, soit au plus tard le .+\\.");
        check("confirmation");

        // Back to the recap and "Envoyer" again: the flow's token finds the same conversation.
        browser.driver().navigate().back();
        browser.clickAndWaitForPage(By.id("step:send"));
        assertThat(browser.find(By.id("reference")).getText()).isEqualTo(reference);

        browser.clickAndWaitForPage(By.id("step:back"));
        assertThat(browser.heading()).isEqualTo("Ma messagerie");
        assertThat(references()).first().isEqualTo(reference);
        assertThat(conversationCards()).hasSize(Math.min(before + 1, HomeListBacking.PAGE));
        WebElement card = card(reference);
        assertThat(card.getText())
                .contains(
                        "Famille, logement",
                        "Allocations familiales",
                        "Changement de situation - Famille",
                        "Envoyée");
        check("home-list-with-new-conversation");

        browser.clickAndWaitForPage(By.linkText(reference));
        assertThat(browser.heading()).isEqualTo("Conversation " + reference);
        assertThat(browser.text()).contains("Moi", message, "Accusé de réception par courriel");
        check("conversation-page");
    }

    @Test
    void aLongHistoryIsListedTwentyAtATimeNewestFirst() {
        ItDriver driver = new ItDriver(base);
        String newest = null;
        for (int i = 0; i <= HomeListBacking.PAGE; i++) {
            newest =
                    driver.submit(
                            DemoAccounts.PARTICULIER_2,
                            "MOTIF_CHANGEMENT_SITUATION_FAMILLE",
                            "Message numéro " + i + " d'un long historique.");
        }
        browser = Browser.open(base, "home-list-pages");
        browser.signIn(DemoAccounts.PARTICULIER_2);
        openMessaging();

        assertThat(references()).hasSize(HomeListBacking.PAGE).first().isEqualTo(newest);
        browser.clickAndWaitForPage(By.id("exchanges:showMore"));
        assertThat(references())
                .hasSizeGreaterThan(HomeListBacking.PAGE)
                .doesNotHaveDuplicates()
                .first()
                .isEqualTo(newest);
        check("home-list-more");
    }

    @Test
    void takingTheOnlineServiceLeavesForItAndCreatesNoConversation() {
        browser = Browser.open(base, "wizard-online-service");
        browser.signIn(DemoAccounts.PARTICULIER);
        openMessaging();
        List<String> before = references();

        browser.clickAndWaitForPage(By.id("newMessage"));
        choose("Famille, logement");
        choose("Allocations familiales");
        choose("Changement de situation - Famille");
        browser.visible(By.id("offer"));
        browser.find(By.id("offerForm:useService")).click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(driver -> driver.getCurrentUrl().startsWith(SERVICE_URL));
        browser.screenshot("left-for-the-online-service");

        openMessaging();
        assertThat(references()).isEqualTo(before);
    }

    @Test
    void anotherCitizensConversationIsNotFound() {
        browser = Browser.open(base, "wizard-other-citizen");
        browser.signIn(DemoAccounts.PARTICULIER_2);
        String reference = sendAMessage("Où en est mon dossier d'allocations ?");
        browser.signOut();

        browser.signIn(DemoAccounts.PARTICULIER);
        browser.go("espace/messagerie/conversation.xhtml?ref=" + reference);

        assertThat(browser.heading()).isEqualTo("Page introuvable");
        assertThat(browser.text()).doesNotContain("Où en est mon dossier");
        assertThat(statusOf("espace/messagerie/conversation.xhtml?ref=" + reference))
                .isEqualTo(404L);
        assertThat(statusOf("espace/messagerie/conversation.xhtml?ref=MSG-2026-AAAAAAAA"))
                .isEqualTo(404L);
        check("someone-elses-conversation");
    }

    @Test
    void aCitizenRepliesThenHidesAndShowsTheConversation() {
        browser = Browser.open(base, "conversation-reply-hide-show");
        browser.signIn(DemoAccounts.EXPLOITANT);
        String reference = sendAMessage("Ma déclaration trimestrielle est-elle bien arrivée ?");
        browser.clickAndWaitForPage(By.id("step:back"));

        browser.clickAndWaitForPage(By.linkText(reference));
        browser.find(By.id("reply:text")).sendKeys("J'ajoute : c'était le 2 novembre. ");
        // ChromeDriver types only BMP characters: the emoji comes in as a paste would.
        browser.script(
                "const field = document.getElementById('reply:text');"
                        + " field.value += '\\u{1F44D}';"
                        + " field.dispatchEvent(new Event('input'));");
        // 35 code points, though the emoji takes two UTF-16 units.
        assertThat(browser.find(By.id("text-counter")).getText())
                .isEqualTo("715 caractères restants.");
        browser.clickAndWaitForPage(By.id("reply:send"));
        assertThat(browser.text()).contains("Votre réponse a été envoyée.");
        assertThat(browser.driver().findElements(By.cssSelector(".thread__message--mine")))
                .hasSize(2);
        assertThat(browser.text()).contains("J'ajoute : c'était le 2 novembre. 👍");
        check("conversation-after-reply");

        // Printed, the conversation keeps its facts and its thread, without the page's controls.
        browser.printing(true);
        try {
            assertThat(browser.find(By.cssSelector(".thread")).isDisplayed()).isTrue();
            assertThat(browser.find(By.id("details-title")).isDisplayed()).isTrue();
            assertThat(browser.find(By.id("reply")).isDisplayed()).isFalse();
            assertThat(browser.find(By.cssSelector(".site-header__tools")).isDisplayed()).isFalse();
            assertThat(browser.find(By.cssSelector(".back-link")).isDisplayed()).isFalse();
        } finally {
            browser.printing(false);
        }
        assertThat(browser.find(By.id("reply")).isDisplayed()).isTrue();

        browser.clickAndWaitForPage(By.linkText("Retour à ma messagerie"));
        browser.clickAndWaitForPage(
                By.cssSelector(
                        "[data-reference='" + reference + "'] .conversation-card__actions input"));
        assertThat(browser.text()).contains("La conversation " + reference + " est masquée.");
        assertThat(references()).doesNotContain(reference);

        browser.clickAndWaitForPage(By.linkText("Afficher les conversations masquées"));
        assertThat(browser.driver().getCurrentUrl()).contains("masquees=true");
        WebElement hidden = browser.visible(By.cssSelector("[data-reference='" + reference + "']"));
        assertThat(hidden.getText()).contains("Masquée");
        assertThat(
                        hidden.findElement(By.cssSelector(".conversation-card__actions input"))
                                .getAttribute("value"))
                .isEqualTo("Afficher");
        assertThat(componentScripts()).as("the home list is plain Faces").isZero();
        check("hidden-conversations-shown");

        browser.clickAndWaitForPage(
                By.cssSelector(
                        "[data-reference='" + reference + "'] .conversation-card__actions input"));
        assertThat(browser.text())
                .contains("La conversation " + reference + " est de nouveau affichée.");
        assertThat(card(reference).getText()).doesNotContain("Masquée");
    }

    @Test
    void aStepAddressOutsideTheWizardStartsItAtTheTheme() {
        browser = Browser.open(base, "wizard-typed-address");
        browser.signIn(DemoAccounts.PARTICULIER);

        browser.go("nouveau-message/recapitulatif.xhtml");

        assertThat(stepTitle()).contains("Étape 1 sur 5", "Choix du thème");
    }

    @Test
    void aSocialSecurityNumberIsFlaggedWhileTypingAndAgainOnTheSummaryButMayStillBeSent() {
        browser = Browser.open(base, "wizard-sensitive-data");
        browser.signIn(DemoAccounts.PARTICULIER);
        openMessaging();
        browser.clickAndWaitForPage(By.id("newMessage"));
        choose("Famille, logement");
        choose("Allocations familiales");
        choose("Mon dossier - Famille");

        browser.find(By.id("step:text"))
                .sendKeys("Mon numéro est le 1 84 12 76 451 089 46, suite à mon diabète.");

        WebElement warning =
                browser.visible(By.cssSelector("#step\\:sensitiveData .notice-warning"));
        assertThat(warning.getText())
                .contains("numéro de sécurité sociale")
                .contains("diabète")
                .contains("Vous pouvez tout de même envoyer");
        browser.screenshot("warning-while-typing");
        browser.assertAccessible("wizard-sensitive-warning");

        browser.clickAndWaitForPage(By.id("step:validate"));
        assertThat(browser.find(By.cssSelector("[id$='sensitiveData']")).getText())
                .contains("numéro de sécurité sociale");
        browser.clickAndWaitForPage(By.id("step:send"));
        assertThat(browser.find(By.id("reference")).getText()).matches(REFERENCE);
    }

    /**
     * Sends a message through the wizard on a motif without online service; returns its reference.
     */
    private String sendAMessage(String text) {
        openMessaging();
        browser.clickAndWaitForPage(By.id("newMessage"));
        choose("Famille, logement");
        choose("Allocations familiales");
        choose("Mon dossier - Famille");
        browser.find(By.id("step:text")).sendKeys(text);
        browser.clickAndWaitForPage(By.id("step:validate"));
        browser.clickAndWaitForPage(By.id("step:send"));
        String reference = browser.find(By.id("reference")).getText();
        assertThat(reference).matches(REFERENCE);
        return reference;
    }

    private void openMessaging() {
        browser.go("espace/index.xhtml");
        browser.clickAndWaitForPage(By.id("openMessaging"));
        assertThat(browser.heading()).isEqualTo("Ma messagerie");
        check("messaging-home");
    }

    /** Picks an answer of the current step by its visible label, then "Valider". */
    private void choose(String label) {
        browser.find(By.xpath("//label[normalize-space()='" + label + "']")).click();
        browser.clickAndWaitForPage(By.id("step:validate"));
    }

    /** Waits for a step reached by the page's own script (no click of ours to wait on). */
    private void awaitStep(String step) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .until(driver -> driver.findElement(By.id("step-title")).getText().contains(step));
    }

    private String stepTitle() {
        return browser.find(By.id("step-title")).getText();
    }

    private List<WebElement> conversationCards() {
        return browser.driver().findElements(By.cssSelector("li.conversation-card"));
    }

    private List<String> references() {
        return conversationCards().stream().map(li -> li.getAttribute("data-reference")).toList();
    }

    private WebElement card(String reference) {
        return browser.find(
                By.cssSelector("li.conversation-card[data-reference='" + reference + "']"));
    }

    /** PrimeFaces' component scripts the page loaded (its locale texts do not count). */
    private long componentScripts() {
        return (Long)
                browser.script(
                        "return document.querySelectorAll('script[src*=\"core.js\"],"
                                + " script[src*=\"components.js\"]').length");
    }

    private boolean focusIsInside(String id) {
        return (Boolean)
                browser.script(
                        "return document.getElementById(arguments[0])"
                                + ".contains(document.activeElement)",
                        id);
    }

    /** The HTTP status of a page as this signed-in browser gets it. */
    private long statusOf(String path) {
        return (Long)
                ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeAsyncScript(
                                "const done = arguments[arguments.length - 1];"
                                        + " fetch(arguments[0]).then(r => done(r.status));",
                                base + path);
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
