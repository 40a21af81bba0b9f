package fr.messagerie.backoffice.infrastructure.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.testsupport.BatchItServlet;
import fr.messagerie.testsupport.BatchJobs;
import fr.messagerie.testsupport.Deployments;
import fr.messagerie.testsupport.ItDriver;
import fr.messagerie.testsupport.ItDriverServlet;
import fr.messagerie.testsupport.Mails;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The daily SLA reminders job on Payara, mails caught by GreenMail: the team lead receives a digest
 * listing the overdue conversation (and no message body), and the citizen whose conversation waited
 * too long receives the automatic-closing mail.
 */
@ExtendWith(ArquillianExtension.class)
class SlaRemindersJobIT {

    static final String MOTIF = "MOTIF_CHANGEMENT_SITUATION_FAMILLE";
    static final Duration PATIENCE = Duration.ofSeconds(40);
    static final String LEAD_MAIL = "agnes.famille@messagerie.example";
    static final String CITIZEN_MAIL = "camille.martin@example.fr";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    @ArquillianResource URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar(ItDriverServlet.class, BatchItServlet.class, BatchJobs.class);
    }

    @Test
    void theTeamLeadGetsADigestOfOverdueRequestsAndTheWaitingCitizenAnAutoCloseMail() {
        ItDriver driver = new ItDriver(base);
        String overdueBody = "Demande en retard, texte qui ne doit jamais partir par courriel.";
        String overdue = driver.submit(DemoAccounts.PARTICULIER, MOTIF, overdueBody);
        String waiting =
                driver.submit(DemoAccounts.PARTICULIER, MOTIF, "Demande en attente de mon retour.");
        String recentWaiting =
                driver.submit(DemoAccounts.PARTICULIER, MOTIF, "Demande en attente récente.");
        post("it-batch/make-overdue?reference=" + overdue);
        post("it-batch/make-waiting?days=20&reference=" + waiting);
        post("it-batch/make-waiting?days=3&reference=" + recentWaiting);

        JsonObject run = post("it-batch/run?job=backoffice-sla-reminders");
        assertThat(run.getString("status")).isEqualTo("COMPLETED");

        assertThat(status(waiting)).isEqualTo("CLOSED");
        assertThat(status(recentWaiting)).isEqualTo("WAITING_CITIZEN");

        MimeMessage digest =
                await().atMost(PATIENCE)
                        .until(() -> mailTo(LEAD_MAIL, "Relevé quotidien"), Optional::isPresent)
                        .orElseThrow();
        String digestText = Mails.textPart(digest);
        assertThat(digestText).contains(overdue).doesNotContain(overdueBody);
        assertThat(digestText).doesNotContain(waiting);

        MimeMessage closed =
                await().atMost(PATIENCE)
                        .until(
                                () -> mailTo(CITIZEN_MAIL, waiting + " a été close"),
                                Optional::isPresent)
                        .orElseThrow();
        assertThat(Mails.textPart(closed)).contains(waiting).contains("15 jours");
        assertThat(mailTo(CITIZEN_MAIL, recentWaiting + " a été close")).isEmpty();
    }

    private Optional<MimeMessage> mailTo(String address, String subjectPart) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(
                        m -> {
                            try {
                                return Arrays.stream(m.getAllRecipients())
                                                .anyMatch(r -> r.toString().contains(address))
                                        && m.getSubject().contains(subjectPart);
                            } catch (MessagingException e) {
                                return false;
                            }
                        })
                .findFirst();
    }

    private String status(String reference) {
        return get("it-batch/status?reference=" + reference).getString("status");
    }

    private JsonObject post(String path) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private JsonObject get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private static JsonObject send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient()
                            .send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
