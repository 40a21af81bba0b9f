package fr.messagerie.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.testsupport.Deployments;
import fr.messagerie.testsupport.ItDriver;
import fr.messagerie.testsupport.ItDriverServlet;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The last attempt turns a notification FAILED, for an admin to see, through the real path: no SMTP
 * server listens during this class (no GreenMail here), each attempt is refused, the retry policy's
 * delay passes, the sweeper hands it out again, and the second of two allowed attempts ends it.
 * Nothing sets the state by SQL.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationAttemptsExhaustedIT {

    @ArquillianResource URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar(
                Map.of("messagerie.notification.max-attempts", "2"), ItDriverServlet.class);
    }

    @Test
    void aMailRefusedAtEveryAttemptIsFailedAfterTheLastOne() {
        ItDriver driver = new ItDriver(base);
        String reference =
                driver.submit(
                        DemoAccounts.PARTICULIER,
                        "MOTIF_CHANGEMENT_SITUATION_FAMILLE",
                        "Aucun serveur de courriel n'écoute pendant ce test.");

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () ->
                                driver.notificationStatus(reference, "ACKNOWLEDGEMENT", "MAIL")
                                        .equals("FAILED"));

        JsonObject mail = driver.notification(reference, "ACKNOWLEDGEMENT", "MAIL");
        assertThat(mail.getInt("attempts")).isEqualTo(2);
        assertThat(mail.getString("lastError")).contains("SMTP");
    }
}
