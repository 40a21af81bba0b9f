package fr.messagerie.notification.application;

import fr.messagerie.notification.domain.Channel;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the notifications of one event (the mail and the SMS of an acknowledgement), each at
 * most once: claim them together (only pending, due notifications can be claimed, by one
 * dispatcher), render them from one model, hand each to its provider outside any transaction, then
 * record the outcomes. If recording the successes fails, it is tried again here rather than sending
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

    private final Map<Channel, NotificationSender> sendersByChannel = new ConcurrentHashMap<>();

    public void dispatch(String notificationId) {
        dispatch(List.of(notificationId));
    }

    public void dispatch(List<String> notificationIds) {
        List<Notification> claimed = store.claim(notificationIds, clock.instant(), LEASE);
        if (claimed.isEmpty()) {
            LOG.fine(() -> "Notifications " + notificationIds + " not due or already handled");
            return;
        }
        Map<Long, Account> recipients = new HashMap<>();
        NotificationRenderer.Models models = renderer.models();
        List<String> sent = new ArrayList<>(claimed.size());
        for (Notification notification : claimed) {
            if (deliver(notification, recipients, models)) {
                sent.add(notification.getId());
            }
        }
        if (!sent.isEmpty()) {
            recordSent(sent);
        }
    }

    /** One provider call; false, with the failure recorded, if it did not go through. */
    private boolean deliver(
            Notification notification,
            Map<Long, Account> recipients,
            NotificationRenderer.Models models) {
        try {
            Account recipient =
                    recipients.computeIfAbsent(
                            notification.getAccountId(), id -> accounts.findById(id).orElseThrow());
            RenderedNotification content = models.render(notification, recipient);
            senderFor(notification).send(notification, recipient, content);
            return true;
        } catch (DeliveryException | RuntimeException e) {
            RetryPolicy policy = settings.retryPolicy();
            LOG.log(
                    Level.WARNING,
                    "Notification {0} attempt {1} failed: {2}",
                    new Object[] {notification.getId(), notification.getAttempts(), e.toString()});
            store.recordFailure(notification.getId(), e.toString(), clock.instant(), policy);
            return false;
        }
    }

    private void recordSent(List<String> notificationIds) {
        for (int attempt = 1; ; attempt++) {
            try {
                store.markSent(notificationIds, clock.instant());
                // The outbox row records the success; a log line per mail only queued on the
                // console.
                LOG.fine(() -> "Notifications " + notificationIds + " sent");
                return;
            } catch (RuntimeException e) {
                if (attempt >= OUTCOME_RECORDING_ATTEMPTS) {
                    LOG.log(
                            Level.SEVERE,
                            "Notifications {0} were sent but could not be marked sent",
                            notificationIds);
                    throw e;
                }
                LOG.log(
                        Level.WARNING,
                        "Notifications {0} sent; recording it failed, trying again: {1}",
                        new Object[] {notificationIds, e.toString()});
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
        // Resolved once per channel, not per notification: the senders are application-scoped.
        return sendersByChannel.computeIfAbsent(
                notification.getChannel(),
                channel ->
                        senders.stream()
                                .filter(sender -> sender.channel() == channel)
                                .findFirst()
                                .orElseThrow(
                                        () ->
                                                new IllegalStateException(
                                                        "No sender for " + channel)));
    }
}
