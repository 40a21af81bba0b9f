package fr.messagerie.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.testsupport.Browser;
import fr.messagerie.testsupport.Deployments;
import fr.messagerie.testsupport.ItDriver;
import fr.messagerie.testsupport.ItDriverServlet;
import fr.messagerie.testsupport.Mails;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** An admin finds a failed notification, sends it again, and the citizen gets the mail. */
@ExtendWith(ArquillianExtension.class)
class FailedNotificationsAdminBrowserIT {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @ArquillianResource URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar(ItDriverServlet.class);
    }

    @Test
    void anAdminResendsAFailedMailAndItIsDeliveredAgain() {
        ItDriver driver = new ItDriver(base);
        String reference =
                driver.submit(
                        DemoAccounts.PARTICULIER,
                        "MOTIF_CHANGEMENT_SITUATION_FAMILLE",
                        "Ce courriel sera renvoyé par un administrateur.");
        await().atMost(PATIENCE).until(() -> mailsAbout(reference) == 1);
        String id = driver.notification(reference, "ACKNOWLEDGEMENT", "MAIL").getString("id");
        driver.failNotification(id);

        try (Browser browser = Browser.open(base, "failed-notifications")) {
            browser.signInAsStaff(DemoAccounts.ADMIN);
            browser.go("admin/notifications.xhtml");
            assertThat(browser.heading()).isEqualTo("Notifications en échec");
            assertThat(browser.text()).contains(reference).contains("simulated: provider refused");
            browser.assertAccessible("admin-failed-notifications");
            browser.screenshot("failed-notification-listed");

            browser.clickAndWaitForPage(
                    By.xpath("//tr[td[contains(., '" + reference + "')]]//button"));

            assertThat(browser.text()).contains("remise en file d'envoi");
            browser.screenshot("failed-notification-resent");
        }
        await().atMost(PATIENCE).until(() -> mailsAbout(reference) == 2);
        await().atMost(PATIENCE)
                .until(
                        () ->
                                driver.notification(reference, "ACKNOWLEDGEMENT", "MAIL")
                                        .getString("status")
                                        .equals("SENT"));
    }

    @Test
    void anAgentWhoIsNotAdminIsRefusedThePage() {
        try (Browser browser = Browser.open(base, "failed-notifications-refused")) {
            browser.signInAsStaff(DemoAccounts.AGENT_FAMILLE);
            browser.go("admin/notifications.xhtml");

            assertThat(browser.heading()).isEqualTo("Accès refusé");
        }
    }

    private long mailsAbout(String reference) {
        return Mails.about(mail.getReceivedMessages(), reference).size();
    }
}
