package fr.messagerie.notification.infrastructure;

import fr.messagerie.notification.application.NotificationsQueued;
import fr.messagerie.platform.infrastructure.ApplicationResources;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts each new notification id on the JMS queue once its transaction has committed. A failure here
 * loses nothing: the row is still pending and the sweeper publishes it again.
 */
@ApplicationScoped
public class NotificationPublisher {

    private static final Logger LOG = Logger.getLogger(NotificationPublisher.class.getName());

    @Inject private JMSContext jms;

    @Resource(lookup = ApplicationResources.NOTIFICATION_QUEUE)
    private Queue queue;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsQueued event) {
        publish(event.notificationIds());
    }

    public void publish(List<String> notificationIds) {
        try {
            for (String id : notificationIds) {
                jms.createProducer().send(queue, NotificationMessage.of(id).toJson());
            }
        } catch (JMSRuntimeException e) {
            LOG.log(Level.WARNING, "Publishing notifications failed; the sweeper will retry", e);
        }
    }
}
