package fr.messagerie.platform.infrastructure;

import jakarta.ejb.Singleton;
import jakarta.jms.JMSDestinationDefinition;

/**
 * The server resources the application declares itself, so that a bare server runs the WAR with no
 * administration step (the Cargo Tracker way). The data source and the mail session are declared in
 * web.xml: WildFly lets persistence.xml use only a descriptor-declared data source, and expands
 * ${...} in descriptors but not in @MailSessionDefinition.
 *
 * <p>What differs per environment comes from environment variables through Payara's {@code
 * ${ENV=NAME:default}} expansion of these attributes (WildFly resolves the same references once
 * server-config/wildfly/messagerie.cli is applied); the defaults are the embedded ones (H2 in
 * memory, an SMTP capture on localhost:3025). The variables are listed in docs/configuration.md.
 * The JMS queue lives on the server's broker (embedded OpenMQ on Payara, Artemis on WildFly, a
 * shared broker in a cluster).
 */
@JMSDestinationDefinition(
        name = ApplicationResources.NOTIFICATION_QUEUE,
        interfaceName = "jakarta.jms.Queue",
        destinationName = "MessagerieNotifications")
@Singleton
public class ApplicationResources {

    public static final String DATA_SOURCE = "java:app/jdbc/messagerie";
    public static final String NOTIFICATION_QUEUE = "java:app/jms/NotificationQueue";
    public static final String MAIL_SESSION = "java:app/mail/messagerie";
}
