package fr.messagerie.backoffice.domain;

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
import java.util.Optional;

/**
 * One line of a conversation's back-office history. The detail carries codes or ids (a team code, a
 * motif code, an account id), never free text, so the history holds no personal data.
 */
@Entity
@Table(name = "conversation_event")
public class ConversationEvent {

    @Id
    @SequenceGenerator(
            name = "backoffice_seq",
            sequenceName = "backoffice_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "backoffice_seq")
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private Long conversationId;

    @Column(name = "actor_id", nullable = false)
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ConversationEventKind kind;

    @Column(length = 200)
    private String detail;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected ConversationEvent() {}

    public ConversationEvent(
            long conversationId,
            long actorId,
            ConversationEventKind kind,
            String detail,
            Instant at) {
        this.conversationId = conversationId;
        this.actorId = actorId;
        this.kind = kind;
        this.detail = detail;
        this.occurredAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getConversationId() {
        return conversationId;
    }

    public Long getActorId() {
        return actorId;
    }

    public ConversationEventKind getKind() {
        return kind;
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
