package fr.messagerie.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.messagerie.platform.demo.DemoAccounts;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Delivery under faults: SMTP down when the message is sent, and a consumer that breaks after the
 * mail went out but before recording it. Either way the citizen gets exactly one mail.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationFaultsIT {

    static final String MOTIF = "MOTIF_CHANGEMENT_SITUATION_FAMILLE";
    static final Duration PATIENCE = Duration.ofSeconds(40);

    @ArquillianResource URL base;

    private GreenMail mail;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar(ItDriverServlet.class, FailingOnceMarkSentStore.class);
    }

    @AfterEach
    void stopMail() {
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    void smtpDownWhenTheMessageIsSentThenUpGivesExactlyOneMail() throws Exception {
        ItDriver driver = new ItDriver(base);
        String reference =
                driver.submit(
                        DemoAccounts.PARTICULIER,
                        MOTIF,
                        "Envoyé pendant une panne du serveur de courriel.");
        await().atMost(PATIENCE)
                .until(
                        () -> driver.notification(reference, "ACKNOWLEDGEMENT", "MAIL"),
                        n -> n.getInt("attempts") >= 1 && n.getString("status").equals("PENDING"));
        assertThat(driver.notification(reference, "ACKNOWLEDGEMENT", "MAIL").getString("lastError"))
                .contains("SMTP");

        mail = new GreenMail(ServerSetupTest.SMTP);
        mail.start();

        await().atMost(PATIENCE).until(() -> mailsAbout(reference), count -> count == 1);
        await().atMost(PATIENCE)
                .until(
                        () ->
                                driver.notificationStatus(reference, "ACKNOWLEDGEMENT", "MAIL")
                                        .equals("SENT"));
        // The success recorded clears the earlier attempt's error.
        assertThat(driver.notification(reference, "ACKNOWLEDGEMENT", "MAIL").getString("lastError"))
                .isEmpty();
        Thread.sleep(3000); // more sweeps and retries may run: still one mail
        assertThat(mailsAbout(reference)).isEqualTo(1);
    }

    @Test
    void aConsumerFailingAfterTheMailWentOutStillGivesExactlyOneMail() throws Exception {
        mail = new GreenMail(ServerSetupTest.SMTP);
        mail.start();
        ItDriver driver = new ItDriver(base);
        String reference =
                driver.submit(
                        DemoAccounts.PARTICULIER,
                        MOTIF,
                        "Le consommateur va échouer après l'envoi.");

        await().atMost(PATIENCE)
                .until(
                        () ->
                                driver.notificationStatus(reference, "ACKNOWLEDGEMENT", "MAIL")
                                        .equals("SENT"));
        assertThat(driver.notification(reference, "ACKNOWLEDGEMENT", "MAIL").getInt("attempts"))
                .isEqualTo(1);
        Thread.sleep(3000);
        assertThat(mailsAbout(reference)).isEqualTo(1);
    }

    private long mailsAbout(String reference) {
        return Mails.about(mail.getReceivedMessages(), reference).size();
    }
}
