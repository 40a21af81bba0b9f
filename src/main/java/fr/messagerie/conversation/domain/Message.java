package fr.messagerie.conversation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One message of a conversation; its body is stored as normalized by {@link MessageText}. */
@Entity
@Table(name = "message")
public class Message {

    public static final int MAX_STORED_LENGTH = 8000;

    @Id
    @SequenceGenerator(name = "message_seq", sequenceName = "message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conversation_id")
    private Conversation conversation;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind", nullable = false, length = 20)
    private AuthorKind authorKind;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(nullable = false, length = MAX_STORED_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Message() {}

    Message(
            Conversation conversation,
            AuthorKind authorKind,
            long authorId,
            String body,
            Instant at) {
        this.conversation = conversation;
        this.authorKind = authorKind;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = at;
    }

    /** The reader is the other party: an agent's reply is unread until the citizen sees it. */
    public boolean isUnreadBy(AuthorKind reader) {
        return readAt == null && authorKind != reader;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public AuthorKind getAuthorKind() {
        return authorKind;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> readAt() {
        return Optional.ofNullable(readAt);
    }
}
