package fr.messagerie.notification.application;

import fr.messagerie.notification.domain.Notification;
import fr.messagerie.notification.infrastructure.NotificationStore;
import fr.messagerie.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The admins' view of what could not be delivered, and their one action on it: send again. A
 * re-sent notification starts a fresh series of attempts on the normal path (outbox, queue, claim).
 */
@ApplicationScoped
public class FailedNotifications {

    static final int LIST_LIMIT = 500;

    @Inject private NotificationStore store;
    @Inject private ConversationFactsProvider conversations;
    @Inject private Event<NotificationsQueued> queued;
    @Inject private SecurityContext security;
    @Inject private Clock clock;

    /** The newest failed notifications, with their conversations' references read in one query. */
    public List<FailedNotification> list() {
        requireAdmin();
        List<Notification> failed = store.failed(LIST_LIMIT);
        Map<Long, String> references =
                conversations.referencesOf(
                        failed.stream()
                                .map(Notification::conversationId)
                                .flatMap(Optional::stream)
                                .collect(Collectors.toSet()));
        return failed.stream().map(notification -> describe(notification, references)).toList();
    }

    /**
     * Sends one again; false when it is not failed any more (someone re-sent it since the list was
     * shown), which the page reports instead of queuing it a second time.
     *
     * <p>Not transactional itself: the store's update commits in its own transaction, then the
     * notification is published (a transactional observer without a transaction is notified at
     * once). Inside an outer transaction, the store's commit refused by the version check (two
     * admins at the same instant) left Payara without the suspended outer transaction, and the
     * click answered 500 instead of "no longer failed".
     */
    public boolean resend(String notificationId) {
        requireAdmin();
        if (!requeue(notificationId)) {
            return false;
        }
        queued.fire(new NotificationsQueued(List.of(notificationId)));
        return true;
    }

    private boolean requeue(String notificationId) {
        try {
            return store.resend(notificationId, clock.instant());
        } catch (Exception raced) {
            // Another admin's click committed between this one's read and write (the version
            // check refused the second): for this admin it is simply not failed any more. How the
            // refused commit surfaces depends on the server: Payara a PersistenceException or a
            // TransactionalException, WildFly's Narayana the checked RollbackException itself,
            // undeclared, through the store's transactional proxy.
            if (isRefusedCommit(raced)) {
                return false;
            }
            if (raced instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            throw new IllegalStateException(raced);
        }
    }

    static boolean isRefusedCommit(Exception e) {
        return e instanceof PersistenceException
                || e instanceof TransactionalException
                || e instanceof RollbackException;
    }

    private static FailedNotification describe(
            Notification notification, Map<Long, String> references) {
        // A conversation deleted since (retention) has no reference left: shown empty.
        String reference = notification.conversationId().map(references::get).orElse("");
        return new FailedNotification(
                notification.getId(),
                notification.getKind().name(),
                notification.getChannel().name(),
                reference,
                notification.getCreatedAt(),
                notification.getAttempts(),
                notification.lastError().orElse(""));
    }

    private void requireAdmin() {
        if (!security.isCallerInRole(Role.ADMIN)) {
            throw new SecurityException("Only administrators manage failed notifications");
        }
    }
}
