package fr.messagerie.backoffice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A note agents leave for each other on a conversation. Stored apart from messages on purpose: the
 * citizen side reads only the message table, so a note can never reach the citizen.
 */
@Entity
@Table(name = "conversation_note")
public class ConversationNote {

    public static final int MAX_LENGTH = 4000;

    @Id
    @SequenceGenerator(
            name = "backoffice_seq",
            sequenceName = "backoffice_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "backoffice_seq")
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private Long conversationId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ConversationNote() {}

    public ConversationNote(long conversationId, long authorId, String body, Instant at) {
        if (!acceptsBody(body)) {
            throw new IllegalArgumentException("A note has 1 to " + MAX_LENGTH + " characters");
        }
        String trimmed = body.strip();
        this.conversationId = conversationId;
        this.authorId = authorId;
        this.body = trimmed;
        this.createdAt = at;
    }

    /** 1 to {@link #MAX_LENGTH} characters once the spaces around are removed. */
    public static boolean acceptsBody(String body) {
        if (body == null) {
            return false;
        }
        String trimmed = body.strip();
        return !trimmed.isEmpty() && trimmed.length() <= MAX_LENGTH;
    }

    public Long getId() {
        return id;
    }

    public Long getConversationId() {
        return conversationId;
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
}
