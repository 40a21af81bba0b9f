package fr.messagerie.notification.application;

import fr.messagerie.notification.domain.Notification;
import fr.messagerie.notification.infrastructure.NotificationStore;
import fr.messagerie.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

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

    public List<FailedNotification> list() {
        requireAdmin();
        return store.failed(LIST_LIMIT).stream().map(this::describe).toList();
    }

    @Transactional
    public void resend(String notificationId) {
        requireAdmin();
        store.resend(notificationId, clock.instant());
        queued.fire(new NotificationsQueued(List.of(notificationId)));
    }

    private FailedNotification describe(Notification notification) {
        String reference =
                notification
                        .conversationId()
                        .flatMap(id -> conversations.factsOf(id, Locale.FRENCH))
                        .map(ConversationFacts::reference)
                        .orElse("");
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
