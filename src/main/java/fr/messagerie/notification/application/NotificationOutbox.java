package fr.messagerie.notification.application;

import fr.messagerie.notification.domain.Channel;
import fr.messagerie.notification.domain.ContactDetails;
import fr.messagerie.notification.domain.Notification;
import fr.messagerie.notification.domain.NotificationKind;
import fr.messagerie.notification.domain.NotificationStatus;
import fr.messagerie.security.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The notification feature's entry point: other features call it inside their own transaction, so
 * the outbox rows commit (or roll back) with the message that causes them. Publication to JMS
 * happens only after that commit (see {@link NotificationsQueued}).
 */
@ApplicationScoped
public class NotificationOutbox {

    @PersistenceContext private EntityManager entityManager;
    @Inject private Event<NotificationsQueued> queued;
    @Inject private Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Notification> enqueue(
            NotificationKind kind, Account recipient, Long conversationId) {
        return enqueue(kind, recipient, conversationId, null);
    }

    /**
     * A notification about something that has its own reference (a document receipt, an
     * appointment): the renderer asks the {@link NotificationModelContributor} of that kind for the
     * details when the mail is sent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Notification> enqueue(
            NotificationKind kind, Account recipient, Long conversationId, String reference) {
        Instant now = clock.instant();
        List<Notification> created = new ArrayList<>();
        created.add(mail(kind, recipient, conversationId, now).about(reference));
        if (wantsSms(kind, recipient)) {
            created.add(sms(kind, recipient, conversationId, now).about(reference));
        }
        created.forEach(entityManager::persist);
        List<String> pendingIds =
                created.stream()
                        .filter(n -> n.getStatus() == NotificationStatus.PENDING)
                        .map(Notification::getId)
                        .toList();
        if (!pendingIds.isEmpty()) {
            queued.fire(new NotificationsQueued(pendingIds));
        }
        return created;
    }

    private static boolean wantsSms(NotificationKind kind, Account recipient) {
        // The acknowledgement SMS is part of the service; later ones only if the citizen chose SMS.
        return kind.allowsSms()
                && (kind == NotificationKind.ACKNOWLEDGEMENT || recipient.isSmsOptIn());
    }

    private static Notification mail(
            NotificationKind kind, Account recipient, Long conversationId, Instant now) {
        boolean usable = recipient.email().filter(ContactDetails::isUsableEmail).isPresent();
        return usable
                ? Notification.pending(kind, Channel.MAIL, recipient.getId(), conversationId, now)
                : Notification.notSendable(
                        kind,
                        Channel.MAIL,
                        recipient.getId(),
                        conversationId,
                        "no email address",
                        now);
    }

    private static Notification sms(
            NotificationKind kind, Account recipient, Long conversationId, Instant now) {
        boolean usable =
                recipient.mobile().flatMap(ContactDetails::mobileInInternationalFormat).isPresent();
        return usable
                ? Notification.pending(kind, Channel.SMS, recipient.getId(), conversationId, now)
                : Notification.notSendable(
                        kind,
                        Channel.SMS,
                        recipient.getId(),
                        conversationId,
                        "no mobile number",
                        now);
    }
}
