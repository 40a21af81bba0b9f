package fr.messagerie.platform.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.mail.MailSessionDefinition;

/**
 * The server resources the application declares itself, so that a bare Payara Server runs the WAR
 * with no administration step (the Cargo Tracker way).
 *
 * <p>What differs per environment comes from environment variables through the server's {@code
 * ${ENV=NAME:default}} expansion of these attributes; the defaults are the embedded ones (H2 in
 * memory, an SMTP capture on localhost:3025). The variables are listed in the README. The JMS queue
 * lives on the server's broker (embedded OpenMQ by default, a shared broker in a cluster).
 */
@DataSourceDefinition(
        name = ApplicationResources.DATA_SOURCE,
        className = "${ENV=MESSAGERIE_DB_DATASOURCE_CLASS:org.h2.jdbcx.JdbcDataSource}",
        url =
                "${ENV=MESSAGERIE_DB_URL:jdbc:h2:mem:messagerie;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
        user = "${ENV=MESSAGERIE_DB_USER:messagerie}",
        password = "${ENV=MESSAGERIE_DB_PASSWORD:messagerie}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            // Validate pooled connections with JDBC 4 isValid(): a database restart must not
            // leave dead connections in the pool, whatever the driver. At most once a minute per
            // connection: validating at every borrow loaded the validator class through the
            // application's class loader under its lock, and the flight recorder showed every
            // request thread queuing there under load.
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.validate-atmost-once-period-in-seconds=60",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation"
        })
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
