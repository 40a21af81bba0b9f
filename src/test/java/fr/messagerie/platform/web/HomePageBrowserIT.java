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
}
