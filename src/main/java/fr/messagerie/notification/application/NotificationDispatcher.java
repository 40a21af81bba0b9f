package fr.messagerie.notification.application;

import fr.messagerie.notification.domain.Notification;
import fr.messagerie.notification.domain.RetryPolicy;
import fr.messagerie.notification.infrastructure.NotificationStore;
import fr.messagerie.security.domain.Account;
import fr.messagerie.security.infrastructure.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers one notification, at most once: claim it (only a pending, due notification can be
 * claimed, by one dispatcher), render it, hand it to its provider outside any transaction, then
 * record the outcome. If recording the success fails, it is tried again here rather than sending
 * again; a delivery interrupted by a crash is left for an admin to decide (see the store).
 */
@ApplicationScoped
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int OUTCOME_RECORDING_ATTEMPTS = 5;

    @Inject private NotificationStore store;
    @Inject private AccountRepository accounts;
    @Inject private NotificationRenderer renderer;
    @Inject @Any private Instance<NotificationSender> senders;
    @Inject private NotificationSettings settings;
    @Inject private Clock clock;

    public void dispatch(String notificationId) {
        Optional<Notification> claimed = store.claim(notificationId, clock.instant(), LEASE);
        if (claimed.isEmpty()) {
            LOG.fine(() -> "Notification " + notificationId + " not due or already handled");
            return;
        }
        Notification notification = claimed.get();
        try {
            Account recipient = accounts.findById(notification.getAccountId()).orElseThrow();
            RenderedNotification content = renderer.render(notification, recipient);
            senderFor(notification).send(notification, recipient, content);
        } catch (DeliveryException | RuntimeException e) {
            RetryPolicy policy = settings.retryPolicy();
            LOG.log(
                    Level.WARNING,
                    "Notification {0} attempt {1} failed: {2}",
                    new Object[] {notificationId, notification.getAttempts(), e.toString()});
            store.recordFailure(notificationId, e.toString(), clock.instant(), policy);
            return;
        }
        recordSent(notificationId);
    }

    private void recordSent(String notificationId) {
        for (int attempt = 1; ; attempt++) {
            try {
                store.markSent(notificationId, clock.instant());
                // The outbox row records the success; a log line per mail only queued on the
                // console.
                LOG.fine(() -> "Notification " + notificationId + " sent");
                return;
            } catch (RuntimeException e) {
                if (attempt >= OUTCOME_RECORDING_ATTEMPTS) {
                    LOG.log(
                            Level.SEVERE,
                            "Notification {0} was sent but could not be marked sent",
                            notificationId);
                    throw e;
                }
                LOG.log(
                        Level.WARNING,
                        "Notification {0} sent; recording it failed, trying again: {1}",
                        new Object[] {notificationId, e.toString()});
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private NotificationSender senderFor(Notification notification) {
        return senders.stream()
                .filter(sender -> sender.channel() == notification.getChannel())
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "No sender for " + notification.getChannel()));
    }
}
