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
import java.util.ArrayList;
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

    /**
     * Takes those of these notifications that are pending and due for one delivery attempt, in one
     * transaction: those someone else holds, or that are not due, are left out. A notification and
     * its sibling on the other channel (the mail and the SMS of one event) are claimed together.
     */
    public List<Notification> claim(List<String> ids, Instant now, Duration lease) {
        List<String> claimed = new ArrayList<>(ids.size());
        for (String id : ids) {
            // One conditional update per id: its count says whether this claim won that row.
            int won =
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
            if (won == 1) {
                claimed.add(id);
            }
        }
        if (claimed.isEmpty()) {
            return List.of();
        }
        // Notifications are not in the shared cache: this read comes from the database, after
        // the updates, with no refresh needed.
        return entityManager
                .createQuery(
                        "select n from Notification n where n.id in :ids order by n.channel",
                        Notification.class)
                .setParameter("ids", claimed)
                .getResultList();
    }

    /**
     * Records the delivery of these notifications, in one statement. Whatever their state: the
     * provider has them, even if the sweeper gave up on a lease that ran out meanwhile.
     */
    public void markSent(List<String> ids, Instant at) {
        entityManager
                .createQuery(
                        "update Notification n set n.status = :sent, n.sentAt = :at,"
                                + " n.leaseUntil = null, n.lastError = null,"
                                + " n.version = n.version + 1"
                                + " where n.id in :ids")
                .setParameter("sent", NotificationStatus.SENT)
                .setParameter("at", at)
                .setParameter("ids", ids)
                .executeUpdate();
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
