package fr.messagerie.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.testsupport.Browser;
import fr.messagerie.testsupport.Deployments;
import fr.messagerie.testsupport.FacesHttp;
import fr.messagerie.testsupport.ItDriver;
import fr.messagerie.testsupport.ItDriverServlet;
import fr.messagerie.testsupport.Mails;
import fr.messagerie.testsupport.SameInstant;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
     * Two admins, each on the list, press «Renvoyer» on the same row at the same instant: one is
     * told it is queued, the other that it is no longer failed, and the citizen gets one more mail,
     * not two.
     */
    @Test
    void twoAdminsResendingAtTheSameInstantQueueItOnce() throws Exception {
        ItDriver driver = new ItDriver(base);
        List<FacesHttp> admins = List.of(admin(), admin());
        // Several rounds: the two clicks do not meet inside the database every time.
        for (int round = 1; round <= 4; round++) {
            String reference =
                    failedAcknowledgement(
                            driver, "Deux clics au même instant sur « Renvoyer », tour " + round);
            List<Map<String, String>> forms =
                    admins.stream().map(admin -> resendForm(admin, reference)).toList();
            AtomicInteger next = new AtomicInteger();

            List<String> answers =
                    SameInstant.call(
                            2,
                            () -> {
                                int i = next.getAndIncrement();
                                HttpResponse<String> answer =
                                        admins.get(i)
                                                .post("admin/notifications.xhtml", forms.get(i));
                                assertThat(answer.statusCode()).isEqualTo(200);
                                return answer.body();
                            });

            assertThat(answers.stream().filter(body -> body.contains("remise en file d'envoi")))
                    .as("round %d", round)
                    .hasSize(1);
            assertThat(answers.stream().filter(body -> body.contains("n'est plus en échec")))
                    .as("round %d", round)
                    .hasSize(1);
            await().atMost(PATIENCE).until(() -> mailsAbout(reference) == 2);
            awaitAcknowledgementSent(driver, reference);
            await().during(Duration.ofSeconds(3))
                    .atMost(PATIENCE)
                    .until(() -> mailsAbout(reference) == 2);
        }
    }

    private FacesHttp admin() {
        FacesHttp admin = new FacesHttp(base.toString());
        assertThat(admin.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD).statusCode())
                .isEqualTo(302);
        return admin;
    }

    /** The list's form as a press of the row's «Renvoyer» sends it. */
    private static Map<String, String> resendForm(FacesHttp admin, String reference) {
        String page = admin.get("admin/notifications.xhtml").body();
        String row = page.substring(page.lastIndexOf("<tr", page.indexOf(reference)));
        Matcher button = Pattern.compile("name=\"(failed:rows:\\d+:resend)\"").matcher(row);
        assertThat(button.find()).as("a «Renvoyer» button on the row of " + reference).isTrue();
        return Map.of(
                "failed",
                "failed",
                button.group(1),
                "",
                "jakarta.faces.ViewState",
                FacesHttp.viewState(page),
                "primefaces.nonce",
                FacesHttp.primeFacesNonce(page));
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
