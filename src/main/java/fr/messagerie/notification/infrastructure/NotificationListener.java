package fr.messagerie.notification.infrastructure;

import fr.messagerie.notification.application.NotificationDispatcher;
import fr.messagerie.platform.infrastructure.ApplicationResources;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Consumes notification ids from the queue. Not transactional: the dispatcher makes its own short
 * transactions around the provider call. It never throws, so a bad message or a failing provider
 * never makes the broker redeliver in a loop: failures are scheduled as retries in the outbox, the
 * one place that decides.
 *
 * <p>How many run at once is the resource adapter's to say, and its property names differ (OpenMQ's
 * endpointPoolMaxSize, Artemis's maxSession; Payara warned that "maxPoolSize" means nothing to
 * OpenMQ): both default to 15 concurrent consumers.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = ApplicationResources.NOTIFICATION_QUEUE),
            @ActivationConfigProperty(
                    propertyName = "destinationType",
                    propertyValue = "jakarta.jms.Queue")
        })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(NotificationListener.class.getName());

    @Inject private NotificationDispatcher dispatcher;

    @Override
    public void onMessage(Message message) {
        try {
            String text = message instanceof TextMessage textMessage ? textMessage.getText() : null;
            NotificationMessage.parse(text)
                    .ifPresentOrElse(
                            parsed -> dispatcher.dispatch(parsed.notificationIds()),
                            () -> LOG.warning("Dropped a message that is not a notification"));
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Notification message not processed; the sweeper will retry", e);
        }
    }
}
