package fr.messagerie.notification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.messagerie.notification.application.DeliveryException;
import fr.messagerie.notification.application.NotificationSettings;
import fr.messagerie.notification.application.RenderedNotification;
import fr.messagerie.notification.domain.Channel;
import fr.messagerie.notification.domain.Notification;
import fr.messagerie.notification.domain.NotificationKind;
import fr.messagerie.referential.domain.Audience;
import fr.messagerie.security.domain.Account;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Collections;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CR/LF in what ends up in mail headers (a subject built from a template, a recipient address) can
 * never add a header such as Bcc: proved on the real sender against a real SMTP server.
 */
class MailHeaderInjectionTest {

    static final String INJECTED = "\r\nBcc: evil@attacker.example\r\nX-Injected: yes";

    // A free port, not 3025: unit tests run while another worktree's container tests may hold it.
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    final MailNotificationSender sender = new MailNotificationSender();

    @BeforeEach
    void pointTheSenderAtGreenMail() throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtp.getSmtp().getPort()));
        Field session = MailNotificationSender.class.getDeclaredField("session");
        session.setAccessible(true);
        session.set(sender, Session.getInstance(properties));
        Field settings = MailNotificationSender.class.getDeclaredField("settings");
        settings.setAccessible(true);
        settings.set(
                sender,
                new NotificationSettings() {
                    @Override
                    public String mailFrom() {
                        return "Messagerie <messagerie@example.fr>";
                    }
                });
    }

    @Test
    void aSubjectWithLineBreaksStaysOneHeaderAndAddsNoRecipient() throws Exception {
        sender.send(
                notification(),
                citizen("Camille" + INJECTED, "camille.martin@example.fr"),
                new RenderedNotification("Votre demande" + INJECTED, "texte", "<p>html</p>"));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getAllRecipients()).hasSize(1);
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(mail.getHeader("X-Injected")).isNull();
        assertThat(mail.getSubject()).startsWith("Votre demande").doesNotContain("\r", "\n");
        assertThat(Collections.list(mail.getAllHeaderLines()))
                .noneMatch(line -> line.startsWith("Bcc") || line.startsWith("X-Injected"));
    }

    @Test
    void anEmailAddressCarryingAHeaderIsRefusedAndNothingIsSent() {
        assertThatThrownBy(
                        () ->
                                sender.send(
                                        notification(),
                                        citizen("Camille", "camille.martin@example.fr" + INJECTED),
                                        new RenderedNotification("Objet", "texte", "<p>h</p>")))
                .isInstanceOf(DeliveryException.class);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void singleLineRemovesEveryKindOfLineBreak() {
        assertThat(MailNotificationSender.singleLine("a\rb\nc\r\nd\u0085e\u2028f\u2029g"))
                .isEqualTo("a b c d e f g");
    }

    private static Notification notification() {
        return Notification.pending(
                NotificationKind.ACKNOWLEDGEMENT, Channel.MAIL, 1L, 1L, Instant.now());
    }

    private static Account citizen(String name, String email) {
        return Account.citizen("x", name, Audience.PARTICULIER, email, null);
    }
}
