package fr.messagerie.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One row of the outbox: a mail or an SMS owed to a citizen. Written in the same transaction as the
 * message that causes it, so a notification exists exactly when its message does. Holds no content:
 * the text is rendered when it is sent, from the conversation as it is then.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int MAX_ERROR_LENGTH = 500;

    @Id
    @Column(length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "conversation_id")
    private Long conversationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NotificationStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** What the notification is about when it is not a conversation (a receipt, an appointment). */
    @Column(name = "subject_ref", length = 40)
    private String subjectReference;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Version private long version;

    protected Notification() {}

    public static Notification pending(
            NotificationKind kind,
            Channel channel,
            long accountId,
            Long conversationId,
            Instant now) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID().toString();
        notification.kind = kind;
        notification.channel = channel;
        notification.accountId = accountId;
        notification.conversationId = conversationId;
        notification.status = NotificationStatus.PENDING;
        notification.createdAt = now;
        notification.nextAttemptAt = now;
        return notification;
    }

    /** Recorded, never sent: the citizen has no usable address for this channel. */
    public static Notification notSendable(
            NotificationKind kind,
            Channel channel,
            long accountId,
            Long conversationId,
            String reason,
            Instant now) {
        Notification notification = pending(kind, channel, accountId, conversationId, now);
        notification.status = NotificationStatus.NOT_SENT;
        notification.lastError = reason;
        return notification;
    }

    /** Ties the notification to a document receipt or an appointment, by its reference. */
    public Notification about(String reference) {
        this.subjectReference = reference;
        return this;
    }

    /** A failed attempt: try again later, or give up for good after the last one. */
    public void recordFailure(String error, Instant at, RetryPolicy policy) {
        lastError = truncate(error);
        leaseUntil = null;
        Optional<Instant> next = policy.nextAttempt(attempts, at);
        if (next.isPresent()) {
            status = NotificationStatus.PENDING;
            nextAttemptAt = next.get();
        } else {
            status = NotificationStatus.FAILED;
        }
    }

    /** An admin asks for a new delivery of a failed notification. */
    public void resend(Instant now) {
        if (status != NotificationStatus.FAILED) {
            throw new IllegalStateException("Only a failed notification can be re-sent");
        }
        status = NotificationStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        lastError = null;
    }

    private static String truncate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }

    public String getId() {
        return id;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Channel getChannel() {
        return channel;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Optional<Long> conversationId() {
        return Optional.ofNullable(conversationId);
    }

    public Optional<String> subjectReference() {
        return Optional.ofNullable(subjectReference);
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }
}
