package fr.messagerie.notification.infrastructure;

import fr.messagerie.notification.application.NotificationsQueued;
import fr.messagerie.platform.infrastructure.ApplicationResources;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts each new notification id on the JMS queue once its transaction has committed. The
 * publication runs on the container's executor, outside the finished transaction, and never delays
 * the citizen's page. A failure here loses nothing: the row is still pending and the sweeper
 * publishes it again.
 */
@ApplicationScoped
public class NotificationPublisher {

    private static final Logger LOG = Logger.getLogger(NotificationPublisher.class.getName());

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = ApplicationResources.NOTIFICATION_QUEUE)
    private Queue queue;

    @Resource private ManagedExecutorService executor;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsQueued event) {
        try {
            executor.execute(() -> publishTogether(event.notificationIds()));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "Publication deferred to the sweeper", e);
        }
    }

    /**
     * One message per notification: what the sweeper finds due again is unrelated, and many
     * consumers share it out.
     */
    public void publish(List<String> notificationIds) {
        send(notificationIds.stream().map(NotificationMessage::of).toList());
    }

    /** One message for the notifications of one event: one consumer delivers them together. */
    void publishTogether(List<String> notificationIds) {
        send(List.of(NotificationMessage.of(notificationIds)));
    }

    private void send(List<NotificationMessage> messages) {
        try (JMSContext jms = connectionFactory.createContext()) {
            // The outbox row is the durable record and the sweeper publishes again whatever was
            // lost: the message is only a wake-up, so the broker need not write it to disk.
            JMSProducer producer =
                    jms.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT);
            for (NotificationMessage message : messages) {
                producer.send(queue, message.toJson());
            }
        } catch (JMSRuntimeException e) {
            LOG.log(Level.WARNING, "Publishing notifications failed; the sweeper will retry", e);
        }
    }
}
