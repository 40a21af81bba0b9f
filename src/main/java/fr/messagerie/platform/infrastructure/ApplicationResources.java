package fr.messagerie.platform.infrastructure;

import jakarta.ejb.Singleton;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.mail.MailSessionDefinition;

/**
 * The server resources the application declares itself, so that a bare server runs the WAR with no
 * administration step (the Cargo Tracker way); the data source is declared in web.xml, because
 * WildFly does not let persistence.xml use a data source declared by annotation.
 *
 * <p>What differs per environment comes from environment variables through Payara's {@code
 * ${ENV=NAME:default}} expansion of these attributes (WildFly resolves the same references once
 * server-config/wildfly/messagerie.cli is applied); the defaults are the embedded ones (H2 in
 * memory, an SMTP capture on localhost:3025). The variables are listed in the README. The JMS queue
 * lives on the server's broker (embedded OpenMQ on Payara, Artemis on WildFly, a shared broker in a
 * cluster).
 */
@JMSDestinationDefinition(
        name = ApplicationResources.NOTIFICATION_QUEUE,
        interfaceName = "jakarta.jms.Queue",
        destinationName = "MessagerieNotifications")
@MailSessionDefinition(
        name = ApplicationResources.MAIL_SESSION,
        host = "${ENV=MESSAGERIE_SMTP_HOST:localhost}",
        from = "${ENV=MESSAGERIE_MAIL_FROM:Messagerie <ne-pas-repondre@messagerie.example>}",
        user = "${ENV=MESSAGERIE_SMTP_USER:}",
        password = "${ENV=MESSAGERIE_SMTP_PASSWORD:}",
        transportProtocol = "smtp",
        properties = {
            "mail.smtp.port=${ENV=MESSAGERIE_SMTP_PORT:3025}",
            "mail.smtp.auth=${ENV=MESSAGERIE_SMTP_AUTH:false}",
            "mail.smtp.starttls.enable=${ENV=MESSAGERIE_SMTP_STARTTLS:false}",
            // Jakarta Mail waits forever by default: a stalled SMTP server must not hold a
            // consumer.
            "mail.smtp.connectiontimeout=5000",
            "mail.smtp.timeout=10000",
            "mail.smtp.writetimeout=10000"
        })
@Singleton
public class ApplicationResources {

    public static final String DATA_SOURCE = "java:app/jdbc/messagerie";
    public static final String NOTIFICATION_QUEUE = "java:app/jms/NotificationQueue";
    public static final String MAIL_SESSION = "java:app/mail/messagerie";
}
