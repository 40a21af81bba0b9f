package fr.messagerie.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the audit trail. Immutable by construction: every column is insert-only for JPA and
 * the class has no setter, so the application has no way to rewrite an event; the database grants
 * (server-config/postgresql-audit-grants.sql) close the SQL way too.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int MAX_DETAIL_LENGTH = 200;
    public static final int MAX_TARGET_ID_LENGTH = 60;
    public static final int MAX_LOGIN_LENGTH = 100;

    @Id
    @SequenceGenerator(
            name = "audit_event_seq",
            sequenceName = "audit_event_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @Column(updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_login", length = MAX_LOGIN_LENGTH, updatable = false)
    private String actorLogin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private AuditAction action;

    @Column(name = "target_type", length = 40, updatable = false)
    private String targetType;

    @Column(name = "target_id", length = MAX_TARGET_ID_LENGTH, updatable = false)
    private String targetId;

    @Column(length = MAX_DETAIL_LENGTH, updatable = false)
    private String detail;

    protected AuditEvent() {}

    /**
     * A new event. Free texts are cut to their column and flattened to one line, since they may
     * come from hostile input (a reference typed in a URL) and must not forge log lines.
     */
    public static AuditEvent of(
            Instant occurredAt,
            Long actorId,
            String actorLogin,
            AuditAction action,
            String targetType,
            String targetId,
            String detail) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Objects.requireNonNull(occurredAt);
        event.actorId = actorId;
        event.actorLogin = oneLine(actorLogin, MAX_LOGIN_LENGTH);
        event.action = Objects.requireNonNull(action);
        event.targetType = oneLine(targetType, 40);
        event.targetId = oneLine(targetId, MAX_TARGET_ID_LENGTH);
        event.detail = oneLine(detail, MAX_DETAIL_LENGTH);
        return event;
    }

    /** Text flattened to one line (no control characters) and cut to {@code maxLength}. */
    public static String oneLine(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        String oneLine = text.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]+", " ").strip();
        if (oneLine.isEmpty()) {
            return null;
        }
        return oneLine.length() <= maxLength ? oneLine : oneLine.substring(0, maxLength);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Optional<Long> actorId() {
        return Optional.ofNullable(actorId);
    }

    public Optional<String> actorLogin() {
        return Optional.ofNullable(actorLogin);
    }

    public AuditAction getAction() {
        return action;
    }

    public Optional<String> targetType() {
        return Optional.ofNullable(targetType);
    }

    public Optional<String> targetId() {
        return Optional.ofNullable(targetId);
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }
}
