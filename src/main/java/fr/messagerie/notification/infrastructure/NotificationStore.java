package fr.messagerie.notification.infrastructure;

import fr.messagerie.notification.domain.Notification;
import fr.messagerie.notification.domain.NotificationStatus;
import fr.messagerie.notification.domain.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox table's state changes, each in a short transaction of its own so that no database lock
 * is held while a provider is called. The claim is a conditional update: of two consumers handed
 * the same id (a redelivery, a re-publication, two instances), exactly one wins.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class NotificationStore {

    /**
     * The sweeper's statements give up after this long (milliseconds): a row lock held by a stuck
     * transaction must cost one sweep, not stop the sweeper.
     */
    private static final int SWEEP_STATEMENT_TIMEOUT_MS = 10_000;

    private static final String QUERY_TIMEOUT = "jakarta.persistence.query.timeout";

    @PersistenceContext private EntityManager entityManager;

    /** Takes a due pending notification for one delivery attempt; empty if someone else has it. */
    public Optional<Notification> claim(String id, Instant now, Duration lease) {
        int claimed =
                entityManager
                        .createQuery(
                                "update Notification n set n.status = :sending,"
                                        + " n.attempts = n.attempts + 1, n.leaseUntil = :lease,"
                                        + " n.version = n.version + 1"
                                        + " where n.id = :id and n.status = :pending"
                                        + " and n.nextAttemptAt <= :now")
                        .setParameter("sending", NotificationStatus.SENDING)
                        .setParameter("pending", NotificationStatus.PENDING)
                        .setParameter("lease", now.plus(lease))
                        .setParameter("id", id)
                        .setParameter("now", now)
                        .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        Notification notification = entityManager.find(Notification.class, id);
        entityManager.refresh(notification);
        return Optional.of(notification);
    }

    public void markSent(String id, Instant at) {
        entityManager.find(Notification.class, id).markSent(at);
    }

    public void recordFailure(String id, String error, Instant at, RetryPolicy policy) {
        entityManager.find(Notification.class, id).recordFailure(error, at, policy);
    }

    /** Pending notifications whose attempt is due and that nobody took since {@code dueBefore}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> duePending(Instant dueBefore, int limit) {
        return entityManager
                .createQuery(
                        "select n.id from Notification n where n.status = :pending"
                                + " and n.nextAttemptAt <= :due order by n.nextAttemptAt",
                        String.class)
                .setParameter("pending", NotificationStatus.PENDING)
                .setParameter("due", dueBefore)
                .setHint(QUERY_TIMEOUT, SWEEP_STATEMENT_TIMEOUT_MS)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Deliveries interrupted mid-way (the process died between claim and outcome): the provider may
     * or may not have the message, so they are not retried blindly; they become FAILED, where an
     * admin sees them and may re-send. Returns how many.
     */
    public int failInterrupted(Instant now) {
        return entityManager
                .createQuery(
                        "update Notification n set n.status = :failed, n.leaseUntil = null,"
                                + " n.lastError = :error, n.version = n.version + 1"
                                + " where n.status = :sending and n.leaseUntil < :now")
                .setParameter("failed", NotificationStatus.FAILED)
                .setParameter("sending", NotificationStatus.SENDING)
                .setParameter(
                        "error", "delivery interrupted: outcome unknown, check before re-sending")
                .setParameter("now", now)
                .setHint(QUERY_TIMEOUT, SWEEP_STATEMENT_TIMEOUT_MS)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Notification> find(String id) {
        return Optional.ofNullable(entityManager.find(Notification.class, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notification> ofConversation(long conversationId) {
        return entityManager
                .createQuery(
                        "select n from Notification n where n.conversationId = :conversation"
                                + " order by n.createdAt, n.channel",
                        Notification.class)
                .setParameter("conversation", conversationId)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notification> failed(int limit) {
        return entityManager
                .createQuery(
                        "select n from Notification n where n.status = :failed"
                                + " order by n.createdAt desc",
                        Notification.class)
                .setParameter("failed", NotificationStatus.FAILED)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Puts a failed notification back on the normal path; false if it is not failed any more
     * (another admin re-sent it first) or no longer exists. Two admins clicking at the same instant
     * are settled by the version check: the second one's commit fails, so it is queued once.
     */
    public boolean resend(String id, Instant now) {
        Notification notification = entityManager.find(Notification.class, id);
        if (notification == null || notification.getStatus() != NotificationStatus.FAILED) {
            return false;
        }
        notification.resend(now);
        return true;
    }
}
