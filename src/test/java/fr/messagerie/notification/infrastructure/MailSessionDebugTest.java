package fr.messagerie.notification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Payara hands the application a mail session with debug on; the sender must turn it off. */
class MailSessionDebugTest {

    @Test
    void theSenderNeverTracesTheSmtpExchangeEvenWhenTheServerAskedForIt() {
        Properties properties = new Properties();
        properties.setProperty("mail.debug", "true");
        MailNotificationSender sender = new MailNotificationSender();
        sender.session = Session.getInstance(properties);
        assertThat(sender.session.getDebug()).as("as Payara builds it").isTrue();

        sender.neverTraceTheSmtpExchange();

        assertThat(sender.session.getDebug()).isFalse();
    }
}
