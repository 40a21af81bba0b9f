package fr.messagerie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.testsupport.Browser;
import fr.messagerie.testsupport.Deployments;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The public home page, as a visitor's browser sees it, and the way into the private space. */
@ExtendWith(ArquillianExtension.class)
class HomePageBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource private URL base;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(base, "home-page");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theHomePageRendersPrimeFacesAndIsAccessible() {
        browser.go("");

        assertThat(browser.heading()).isEqualTo("Bienvenue sur la messagerie sécurisée");
        assertThat(browser.find(By.cssSelector("#signIn.ui-button")).isDisplayed()).isTrue();
        assertThat(browser.find(By.cssSelector(".ui-panel")).isDisplayed()).isTrue();
        assertThat(browser.script("return typeof PrimeFaces")).isEqualTo("object");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("fr");
        browser.screenshot("home");
        browser.assertAccessible("home page");
    }

    @Test
    void aCitizenSignsInAndReachesTheirPrivateSpace() {
        browser.go("");
        browser.clickAndWaitForPage(By.id("signIn"));
        assertThat(browser.heading()).isEqualTo("Connexion");
        browser.screenshot("sign-in");
        browser.assertAccessible("sign-in page");

        browser.signIn(DemoAccounts.PARTICULIER);

        assertThat(browser.text()).contains("Contact & échanges", "Accéder à la messagerie");
        browser.screenshot("private-space");
        browser.assertAccessible("private space");
    }

    @Test
    void aCitizenFindsTheWayBetweenTheSectionsOfTheirSpaceFromEveryPage() {
        browser.signIn(DemoAccounts.PARTICULIER);
        browser.go("espace/messagerie/index.xhtml");
        assertThat(browser.find(By.id("navMessages")).getAttribute("aria-current"))
                .isEqualTo("page");
        assertThat(browser.find(By.id("navDocuments")).getAttribute("aria-current"))
                .isEqualTo("false");

        browser.clickAndWaitForPage(By.id("navDocuments"));
        assertThat(browser.heading()).isEqualTo("Envoyer un document");
        assertThat(browser.find(By.id("navDocuments")).getAttribute("aria-current"))
                .isEqualTo("page");

        browser.clickAndWaitForPage(By.id("navAppointments"));
        assertThat(browser.heading()).isEqualTo("Mes rendez-vous");
        browser.clickAndWaitForPage(By.id("navSpace"));
        assertThat(browser.heading()).isEqualTo("Mon espace privé");
        browser.resize(375, 812);
        assertThat(browser.find(By.id("navAppointments")).isDisplayed()).isTrue();
        browser.screenshot("citizen-navigation-phone");
        browser.assertAccessible("private space with its navigation, phone width");
    }

    @Test
    void everyPageLinksTheAccessibilityStatementWithItsStatus() {
        for (String page : new String[] {"", "connexion.xhtml", "accessibilite.xhtml"}) {
            browser.go(page);
            assertThat(browser.find(By.id("accessibilityLink")).getText())
                    .as(page)
                    .isEqualTo("Accessibilité : non conforme");
        }
        browser.signIn(DemoAccounts.PARTICULIER);
        browser.go("espace/messagerie/index.xhtml");
        browser.clickAndWaitForPage(By.id("accessibilityLink"));

        assertThat(browser.heading()).isEqualTo("Déclaration d'accessibilité");
        assertThat(browser.find(By.id("accessibilityStatus")).getText())
                .contains("non conforme", "RGAA", "absence d'audit");
        assertThat(browser.text())
                .contains("Voies de recours", "Défenseur des droits", "Libre réponse 71120");
        browser.screenshot("accessibility-statement");
        browser.assertAccessible("accessibility statement");
    }
}
