package fr.messagerie.notification.infrastructure;

import fr.messagerie.notification.application.DeliveryException;
import fr.messagerie.notification.application.NotificationSender;
import fr.messagerie.notification.application.NotificationSettings;
import fr.messagerie.notification.application.RenderedNotification;
import fr.messagerie.notification.domain.Channel;
import fr.messagerie.notification.domain.Notification;
import fr.messagerie.platform.infrastructure.ApplicationResources;
import fr.messagerie.security.domain.Account;
import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
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
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;

/**
 * Sends notification mails through the server's mail session (connect and read timeouts set there),
 * as multipart/alternative text + HTML. The Message-ID carries the notification id, so a mail can
 * always be traced back to its outbox row.
 */
@ApplicationScoped
public class MailNotificationSender implements NotificationSender {

    @Resource(lookup = ApplicationResources.MAIL_SESSION)
    Session session; // package-visible for MailSessionDebugTest

    @Inject private NotificationSettings settings;

    /**
     * Payara builds an application-declared mail session with debug on, whatever the descriptor
     * says (its MailSessionDeployer answers "true" for the debug attribute): every SMTP exchange,
     * the mail's content included, would be traced to the server's standard output, and the
     * consumers would queue on that stream's lock. No mail content belongs in a log.
     */
    @PostConstruct
    void neverTraceTheSmtpExchange() {
        session.setDebug(false);
        nameTheStreamProvider();
    }

    static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    /**
     * Jakarta Mail looks its StreamProvider up for every body part it writes: without a name, by
     * the service loader, which lists every jar of the class-loader chain (a tenth of the
     * consumers' samples in the flight recorder). Named by this system property, it is one class
     * lookup. Set only when unset and only when Angus Mail, which both Payara and WildFly ship, is
     * the implementation here: a wrong name would make every mail fail.
     */
    static void nameTheStreamProvider() {
        if (System.getProperty(STREAM_PROVIDER_PROPERTY) != null) {
            return;
        }
        try {
            Class.forName(
                    ANGUS_STREAM_PROVIDER, false, Thread.currentThread().getContextClassLoader());
            System.setProperty(STREAM_PROVIDER_PROPERTY, ANGUS_STREAM_PROVIDER);
        } catch (ClassNotFoundException otherImplementation) {
            // the service loader keeps finding it, as before
        }
    }

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
            Transport.send(
                    compose(session, notification.getId(), settings.mailFrom(), address, content));
        } catch (MessagingException e) {
            throw new DeliveryException("SMTP: " + e.getMessage(), e);
        }
    }

    /**
     * The mail as it goes out: multipart/alternative text + HTML, traced by the notification id.
     */
    static MimeMessage compose(
            Session session,
            String notificationId,
            String from,
            String to,
            RenderedNotification content)
            throws MessagingException {
        MimeMessage message = new TracedMimeMessage(session, notificationId);
        message.setFrom(new InternetAddress(from, true));
        message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(singleLine(content.subject()), StandardCharsets.UTF_8.name());
        message.setHeader("X-Messagerie-Notification", notificationId);
        MimeMultipart alternative = alternative(content);
        message.setDataHandler(MultipartContent.of(alternative));
        alternative.setParent(message);
        return message; // headers are completed once, by Transport.send (or writeTo)
    }

    private static MimeMultipart alternative(RenderedNotification content)
            throws MessagingException {
        return new MimeMultipart(
                "alternative",
                part(content.text(), "text/plain; charset=UTF-8"),
                part(content.html(), "text/html; charset=UTF-8"));
    }

    /**
     * A body part over bytes already encoded. A part built from a String (setText) looks its
     * content handler up in Jakarta Activation's command map twice per mail (choosing the transfer
     * encoding, then writing), and that map is one synchronized object per class loader: under load
     * the consumers queued on it (the flight recorder counted 16 s blocked in a notification run).
     * Bytes need no handler.
     */
    private static MimeBodyPart part(String body, String contentType) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(
                new DataHandler(
                        new ByteArrayDataSource(
                                body.getBytes(StandardCharsets.UTF_8), contentType)));
        part.setHeader("Content-Type", contentType);
        return part;
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
