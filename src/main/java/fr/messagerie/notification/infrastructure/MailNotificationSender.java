package fr.messagerie.notification.infrastructure;

import fr.messagerie.notification.application.DeliveryException;
import fr.messagerie.notification.application.NotificationSender;
import fr.messagerie.notification.application.NotificationSettings;
import fr.messagerie.notification.application.RenderedNotification;
import fr.messagerie.notification.domain.Channel;
import fr.messagerie.notification.domain.Notification;
import fr.messagerie.platform.infrastructure.ApplicationResources;
import fr.messagerie.security.domain.Account;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;

/**
 * Sends notification mails through the server's mail session (connect and read timeouts set there),
 * as multipart/alternative text + HTML. The Message-ID carries the notification id, so a mail can
 * always be traced back to its outbox row.
 */
@ApplicationScoped
public class MailNotificationSender implements NotificationSender {

    @Resource(lookup = ApplicationResources.MAIL_SESSION)
    private Session session;

    @Inject private NotificationSettings settings;

    @Override
    public Channel channel() {
        return Channel.MAIL;
    }

    @Override
    public void send(Notification notification, Account recipient, RenderedNotification content)
            throws DeliveryException {
        String address =
                recipient.email().orElseThrow(() -> new DeliveryException("no email address"));
        try {
            MimeMessage message = new TracedMimeMessage(session, notification.getId());
            message.setFrom(new InternetAddress(settings.mailFrom(), true));
            message.setRecipient(
                    jakarta.mail.Message.RecipientType.TO, new InternetAddress(address, true));
            message.setSubject(singleLine(content.subject()), StandardCharsets.UTF_8.name());
            message.setHeader("X-Messagerie-Notification", notification.getId());
            message.setContent(alternative(content));
            Transport.send(message);
        } catch (MessagingException e) {
            throw new DeliveryException("SMTP: " + e.getMessage(), e);
        }
    }

    private static MimeMultipart alternative(RenderedNotification content)
            throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(content.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(content.html(), "text/html; charset=UTF-8");
        return new MimeMultipart("alternative", text, html);
    }

    /** Header injection guard: nothing a template produced can add a header line. */
    static String singleLine(String text) {
        return text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").strip();
    }

    /** A MimeMessage whose Message-ID is derived from the notification id. */
    private static final class TracedMimeMessage extends MimeMessage {

        private final String notificationId;

        TracedMimeMessage(Session session, String notificationId) {
            super(session);
            this.notificationId = notificationId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + notificationId + "@messagerie>");
        }
    }
}
