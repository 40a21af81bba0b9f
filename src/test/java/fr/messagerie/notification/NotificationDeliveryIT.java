package fr.messagerie.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.testsupport.Deployments;
import fr.messagerie.testsupport.ItDriver;
import fr.messagerie.testsupport.ItDriverServlet;
import fr.messagerie.testsupport.Mails;
import fr.messagerie.testsupport.SameInstant;
import fr.messagerie.testsupport.SmsGatewayStub;
import jakarta.json.JsonObject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The notification path end to end on the real server: outbox rows written with the message, JMS,
 * the message-driven dispatcher, Jakarta Mail to GreenMail and the SMS gateway client to a stub,
 * both listening in this test JVM.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationDeliveryIT {

    static final String MOTIF = "MOTIF_CHANGEMENT_SITUATION_FAMILLE";
    static final String CITIZEN_EMAIL = "camille.martin@example.fr";
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    static final SmsGatewayStub sms = new SmsGatewayStub();

    @ArquillianResource URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar(ItDriverServlet.class);
    }

    @BeforeAll
    static void startSmsGateway() throws Exception {
        sms.start(8026);
    }

    @AfterAll
    static void stopSmsGateway() {
        sms.stop();
    }

    @BeforeEach
    void forgetEarlierSms() {
        sms.clear();
    }

    @Test
    void sendingAMessageMailsAndTextsAnAcknowledgementWithWhatTheLawAsks() throws Exception {
        String text = "Nous avons eu un enfant le 3 novembre, que dois-je faire ?";
        String reference = driver().submit(DemoAccounts.PARTICULIER, MOTIF, text);

        MimeMessage acknowledgement = awaitMailAbout(reference);
        String body = Mails.textPart(acknowledgement);
        String html = Mails.htmlPart(acknowledgement);
        assertThat(acknowledgement.getSubject())
                .isEqualTo("Accusé de réception de votre demande " + reference);
        assertThat(acknowledgement.getAllRecipients()[0].toString()).isEqualTo(CITIZEN_EMAIL);
        InternetAddress sender = (InternetAddress) acknowledgement.getFrom()[0];
        assertThat(sender.getPersonal()).isEqualTo("Messagerie");
        assertThat(sender.getAddress()).isEqualTo("ne-pas-repondre@messagerie.example");
        assertThat(body)
                .contains(reference)
                .contains("Reçue le")
                .contains("Service chargé de votre demande")
                .contains("jours ouvrés")
                .doesNotContain(text);
        assertThat(html).contains("<html lang=\"fr\">").contains(reference);
        assertThat(acknowledgement.getMessageID())
                .isEqualTo(
                        "<"
                                + notificationOf(reference, "ACKNOWLEDGEMENT", "MAIL")
                                        .getString("id")
                                + "@messagerie>");

        SmsGatewayStub.ReceivedSms acknowledgementSms = awaitSmsAbout(reference);
        assertThat(acknowledgementSms.to()).isEqualTo("+33612345678");
        assertThat(acknowledgementSms.text())
                .hasSizeLessThanOrEqualTo(160)
                .contains("bien été recue");
        assertThat(acknowledgementSms.apiKey()).isEqualTo("Bearer test-key");
        assertThat(acknowledgementSms.reference())
                .isEqualTo(notificationOf(reference, "ACKNOWLEDGEMENT", "SMS").getString("id"));
        await().atMost(PATIENCE)
                .until(() -> statusOf(reference, "ACKNOWLEDGEMENT", "MAIL").equals("SENT"));
    }

    @Test
    void anAgentsReplySendsAReplyWaitingMailThatDoesNotContainTheReply() throws Exception {
        String reference =
                driver().submit(
                                DemoAccounts.PARTICULIER,
                                MOTIF,
                                "Question sur mes allocations familiales.");
        awaitMailAbout(reference);
        String reply = "Votre dossier est complet, le paiement interviendra le 5 du mois.";
        driver().reply(reference, DemoAccounts.AGENT_FAMILLE, reply);

        MimeMessage replyWaiting =
                await().atMost(PATIENCE)
                        .until(
                                () ->
                                        mailsAbout(reference).stream()
                                                .filter(
                                                        m ->
                                                                Mails.subject(m)
                                                                        .startsWith("Une réponse"))
                                                .findFirst(),
                                java.util.Optional::isPresent)
                        .orElseThrow();
        assertThat(replyWaiting.getSubject())
                .isEqualTo("Une réponse à votre demande " + reference + " vous attend");
        assertThat(Mails.textPart(replyWaiting))
                .contains("/espace/messagerie/conversation.xhtml?ref=" + reference)
                .doesNotContain(reply);
    }

    @Test
    void theSameSubmissionSentTwiceGivesOneConversationAndOneAcknowledgement() throws Exception {
        String token = UUID.randomUUID().toString();
        String first =
                driver().submit(
                                DemoAccounts.PARTICULIER,
                                MOTIF,
                                "Premier envoi du formulaire.",
                                token);
        String second =
                driver().submit(
                                DemoAccounts.PARTICULIER,
                                MOTIF,
                                "Premier envoi du formulaire.",
                                token);

        assertThat(second).isEqualTo(first);
        awaitMailAbout(first);
        assertThat(driver().notifications(first)).hasSize(2);
        Thread.sleep(3000); // two sweeps: nothing may be sent again
        assertThat(mailsAbout(first)).hasSize(1);
    }

    /**
     * Twenty "Envoyer" of one form at the same instant (a double tap, a retrying proxy): one
     * conversation, one acknowledgement by mail and one by SMS, each delivered in one attempt.
     */
    @Test
    void twentySubmissionsOfOneFormAtTheSameInstantGiveOneConversationAndOneAcknowledgement()
            throws Exception {
        String token = UUID.randomUUID().toString();
        Set<String> distinct =
                new HashSet<>(
                        SameInstant.call(
                                20,
                                () ->
                                        driver().submit(
                                                        DemoAccounts.PARTICULIER,
                                                        MOTIF,
                                                        "Un formulaire envoyé vingt fois à la"
                                                                + " fois.",
                                                        token)));
        assertThat(distinct).as("every answer names the same conversation").hasSize(1);
        String reference = distinct.iterator().next();

        // Quiescence, not a pause: both notifications of the conversation delivered.
        List<JsonObject> delivered =
                await().atMost(PATIENCE)
                        .until(
                                () ->
                                        driver().notifications(reference)
                                                .getValuesAs(JsonObject.class),
                                list ->
                                        !list.isEmpty()
                                                && list.stream()
                                                        .allMatch(
                                                                n ->
                                                                        n.getString("status")
                                                                                .equals("SENT")));
        assertThat(delivered).hasSize(2);
        assertThat(delivered).allSatisfy(n -> assertThat(n.getInt("attempts")).isEqualTo(1));
        assertThat(mailsAbout(reference)).hasSize(1);
        assertThat(sms.received().stream().filter(t -> t.text().contains(reference))).hasSize(1);
    }

    @Test
    void aGatewayAnsweringFiveHundredOnceStillDeliversExactlyOneSms() throws Exception {
        sms.failNextRequests(1);
        String reference =
                driver().submit(
                                DemoAccounts.PARTICULIER,
                                MOTIF,
                                "Un SMS doit arriver malgré la panne.");

        await().atMost(PATIENCE)
                .until(() -> statusOf(reference, "ACKNOWLEDGEMENT", "SMS").equals("SENT"));
        JsonObject smsNotification = notificationOf(reference, "ACKNOWLEDGEMENT", "SMS");
        assertThat(smsNotification.getInt("attempts")).isEqualTo(2);
        Thread.sleep(3000);
        assertThat(sms.received().stream().filter(s -> s.text().contains(reference))).hasSize(1);
    }

    @Test
    void aPendingNotificationThatWasNeverPublishedIsDeliveredByTheSweeper() throws Exception {
        String reference =
                driver().submit(
                                DemoAccounts.PARTICULIER,
                                MOTIF,
                                "Cette demande servira au test du balayeur.");
        awaitMailAbout(reference);
        String orphanId = driver().orphanNotification(reference);

        MimeMessage swept =
                await().atMost(PATIENCE)
                        .until(
                                () ->
                                        Arrays.stream(mail.getReceivedMessages())
                                                .filter(m -> messageId(m).contains(orphanId))
                                                .findFirst(),
                                java.util.Optional::isPresent)
                        .orElseThrow();
        assertThat(swept.getSubject()).contains(reference);
    }

    /**
     * A delivery whose process died between the claim and the outcome: the provider may or may not
     * have the mail, so the sweeper does not send it blindly again; it becomes a failure an admin
     * sees (and may re-send).
     */
    @Test
    void aDeliveryInterruptedMidWayBecomesAFailureAndIsNotSentAgain() throws Exception {
        String reference =
                driver().submit(
                                DemoAccounts.PARTICULIER,
                                MOTIF,
                                "Une livraison interrompue devient un échec visible.");
        awaitMailAbout(reference);
        String id = driver().interruptedNotification(reference);

        JsonObject failed =
                await().atMost(PATIENCE)
                        .until(
                                () ->
                                        driver()
                                                .notifications(reference)
                                                .getValuesAs(JsonObject.class)
                                                .stream()
                                                .filter(n -> n.getString("id").equals(id))
                                                .findFirst()
                                                .orElseThrow(),
                                n -> n.getString("status").equals("FAILED"));
        assertThat(failed.getString("lastError")).contains("interrupted");
        assertThat(failed.getInt("attempts")).isEqualTo(1);
        assertThat(Arrays.stream(mail.getReceivedMessages()).map(m -> messageId(m)))
                .noneMatch(messageId -> messageId.contains(id));
    }

    /**
     * The sweeper has an executor of its own. On the server's default scheduled executor (one
     * thread on Payara), a stuck task of any application stopped every later sweep: retries and
     * orphans were never delivered.
     */
    @Test
    void theSweeperKeepsSweepingWhileTheServersDefaultSchedulerIsBusy() throws Exception {
        String reference =
                driver().submit(
                                DemoAccounts.PARTICULIER,
                                MOTIF,
                                "Le balayeur ne dépend pas de l'ordonnanceur du serveur.");
        awaitMailAbout(reference);
        driver().occupyDefaultScheduler(PATIENCE.plusSeconds(10));
        String orphanId = driver().orphanNotification(reference);

        await().atMost(PATIENCE)
                .until(
                        () ->
                                Arrays.stream(mail.getReceivedMessages())
                                        .anyMatch(m -> messageId(m).contains(orphanId)));
    }

    @Test
    void dispatchersOfSeveralInstancesTakingTheSameNotificationAtOnceSendOneMail()
            throws Exception {
        String reference =
                driver().submit(
                                DemoAccounts.PARTICULIER,
                                MOTIF,
                                "Cette demande servira au test des instances concurrentes.");
        awaitMailAbout(reference);
        String orphanId = driver().orphanNotification(reference);

        driver().race(orphanId, 8);

        await().atMost(PATIENCE).until(() -> mailsWithId(orphanId) >= 1);
        Thread.sleep(5000); // two sweeps (every 2 s in the tests): nothing may follow
        assertThat(mailsWithId(orphanId)).isEqualTo(1);
        JsonObject notification =
                driver().notifications(reference).getValuesAs(JsonObject.class).stream()
                        .filter(n -> n.getString("id").equals(orphanId))
                        .findFirst()
                        .orElseThrow();
        assertThat(notification.getString("status")).isEqualTo("SENT");
        assertThat(notification.getInt("attempts")).isEqualTo(1);
    }

    private long mailsWithId(String notificationId) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> messageId(m).contains(notificationId))
                .count();
    }

    private ItDriver driver() {
        return new ItDriver(base);
    }

    private MimeMessage awaitMailAbout(String reference) {
        return await().atMost(PATIENCE)
                .until(() -> mailsAbout(reference), list -> !list.isEmpty())
                .get(0);
    }

    private SmsGatewayStub.ReceivedSms awaitSmsAbout(String reference) {
        return await().atMost(PATIENCE)
                .until(
                        () ->
                                sms.received().stream()
                                        .filter(s -> s.text().contains(reference))
                                        .toList(),
                        list -> !list.isEmpty())
                .get(0);
    }

    private List<MimeMessage> mailsAbout(String reference) {
        return Mails.about(mail.getReceivedMessages(), reference);
    }

    private JsonObject notificationOf(String reference, String kind, String channel) {
        return driver().notification(reference, kind, channel);
    }

    private String statusOf(String reference, String kind, String channel) {
        return notificationOf(reference, kind, channel).getString("status");
    }

    private static String messageId(MimeMessage message) {
        try {
            return String.valueOf(message.getMessageID());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
