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
                failedAcknowledgement(driver, "Ce courriel sera renvoyé par un administrateur.");

        try (Browser browser = Browser.open(base, "failed-notifications")) {
            browser.signInAsStaff(DemoAccounts.ADMIN);
            browser.go("admin/notifications.xhtml");
            assertThat(browser.heading()).isEqualTo("Notifications en échec");
            assertThat(browser.text()).contains(reference).contains("simulated: provider refused");
            browser.assertAccessible("admin-failed-notifications");
            browser.screenshot("failed-notification-listed");

            browser.clickAndWaitForPage(resendButtonOf(reference));

            assertThat(browser.text())
                    .contains("La notification de la demande " + reference)
                    .contains("remise en file d'envoi");
            browser.screenshot("failed-notification-resent");
        }
        await().atMost(PATIENCE).until(() -> mailsAbout(reference) == 2);
        awaitAcknowledgementSent(driver, reference);
    }

    @Test
    void aNotificationResentByAnotherAdminMeanwhileIsReportedAndNotQueuedTwice() {
        ItDriver driver = new ItDriver(base);
        String reference =
                failedAcknowledgement(driver, "Deux administrateurs renvoient ce courriel.");
        String id = driver.notification(reference, "ACKNOWLEDGEMENT", "MAIL").getString("id");

        try (Browser browser = Browser.open(base, "failed-notifications-twice")) {
            browser.signInAsStaff(DemoAccounts.ADMIN);
            browser.go("admin/notifications.xhtml");
            assertThat(browser.text()).contains(reference);

            driver.requeueNotification(id);
            await().atMost(PATIENCE).until(() -> mailsAbout(reference) == 2);
            browser.clickAndWaitForPage(resendButtonOf(reference));

            assertThat(browser.heading()).isEqualTo("Notifications en échec");
            assertThat(browser.text())
                    .contains("La notification de la demande " + reference)
                    .contains("n'est plus en échec")
                    .doesNotContain("remise en file d'envoi");
            assertThat(browser.driver().findElements(resendButtonOf(reference)))
                    .as("the refreshed list has no row for it")
                    .isEmpty();
        }
        await().during(Duration.ofSeconds(3))
                .atMost(PATIENCE)
                .until(() -> mailsAbout(reference) == 2);
    }

    /**
     * A conversation whose acknowledgement mail went out, then is marked failed as if its last
     * attempt had been refused. The failure is set only once the dispatcher has recorded the
     * delivery: set while it is still recording it, SENT would overwrite FAILED.
     */
    private String failedAcknowledgement(ItDriver driver, String text) {
        String reference =
                driver.submit(DemoAccounts.PARTICULIER, "MOTIF_CHANGEMENT_SITUATION_FAMILLE", text);
        await().atMost(PATIENCE).until(() -> mailsAbout(reference) == 1);
        awaitAcknowledgementSent(driver, reference);
        driver.failNotification(
                driver.notification(reference, "ACKNOWLEDGEMENT", "MAIL").getString("id"));
        return reference;
    }

    private static void awaitAcknowledgementSent(ItDriver driver, String reference) {
        await().atMost(PATIENCE)
                .until(
                        () ->
                                driver.notificationStatus(reference, "ACKNOWLEDGEMENT", "MAIL")
                                        .equals("SENT"));
    }

    private static By resendButtonOf(String reference) {
        return By.xpath("//tr[td[contains(., '" + reference + "')]]//button");
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
