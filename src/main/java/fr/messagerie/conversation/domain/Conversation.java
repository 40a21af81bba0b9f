package fr.messagerie.conversation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request a citizen sent, and everything said in it since. The referential choice is kept by id
 * (motif, team) so that later changes to the referential never rewrite history; the team is copied
 * at creation because re-routing moves it while the motif may stay.
 */
@Entity
@Table(name = "conversation")
public class Conversation {

    @Id
    @SequenceGenerator(
            name = "conversation_seq",
            sequenceName = "conversation_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conversation_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Column(name = "submission_token", nullable = false, unique = true, length = 36)
    private String submissionToken;

    // Null once the conversation is anonymised (see RetentionPolicy).
    @Column(name = "citizen_id")
    private Long citizenId;

    @Column(nullable = false, length = 20)
    private String audience;

    @Column(name = "motif_id", nullable = false)
    private Long motifId;

    @Column(name = "team_id", nullable = false)
    private Long teamId;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConversationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Column(name = "retention_warned_at")
    private Instant retentionWarnedAt;

    @Column(name = "hidden_by_citizen", nullable = false)
    private boolean hiddenByCitizen;

    @Version private long version;

    @OneToMany(
            mappedBy = "conversation",
            cascade = CascadeType.PERSIST,
            fetch = FetchType.LAZY,
            orphanRemoval = false)
    @OrderBy("createdAt ASC, id ASC")
    private List<Message> messages = new ArrayList<>();

    protected Conversation() {}

    /** Opens a conversation with the citizen's first message. */
    public static Conversation open(NewConversation request, Instant now) {
        Conversation conversation = new Conversation();
        conversation.reference = request.reference().value();
        conversation.submissionToken = request.token().value();
        conversation.citizenId = request.citizenId();
        conversation.audience = request.audience();
        conversation.motifId = request.motifId();
        conversation.teamId = request.teamId();
        conversation.status = ConversationStatus.NEW;
        conversation.createdAt = now;
        conversation.updatedAt = now;
        conversation.dueAt = request.dueAt();
        conversation.messages.add(
                new Message(
                        conversation,
                        AuthorKind.CITIZEN,
                        request.citizenId(),
                        request.text().value(),
                        now));
        return conversation;
    }

    /** The citizen writes again in their conversation; a closed one takes no more messages. */
    public Message addCitizenMessage(MessageText text, Instant now) {
        if (!status.acceptsCitizenMessages()) {
            throw new ConversationClosedException(reference);
        }
        Message message = new Message(this, AuthorKind.CITIZEN, citizenId, text.value(), now);
        messages.add(message);
        if (status == ConversationStatus.WAITING_CITIZEN || status == ConversationStatus.ANSWERED) {
            status = ConversationStatus.IN_PROGRESS;
        }
        updatedAt = now;
        return message;
    }

    /** An agent answers: the first answer stops the response-time clock. */
    public Message addAgentReply(long agentId, String body, Instant now) {
        Message message = new Message(this, AuthorKind.AGENT, agentId, body, now);
        messages.add(message);
        if (firstResponseAt == null) {
            firstResponseAt = now;
        }
        status = ConversationStatus.ANSWERED;
        updatedAt = now;
        return message;
    }

    /**
     * An agent takes the conversation or is given it; a new one is then being worked on. A closed
     * one must be reopened first, so that closing stays a decision someone made.
     */
    public void assignTo(long agentId, Instant now) {
        requireOpen();
        assigneeId = agentId;
        if (status == ConversationStatus.NEW) {
            status = ConversationStatus.IN_PROGRESS;
        }
        updatedAt = now;
    }

    /** Hands the conversation to another team, whose agents pick it up from their queue. */
    public void moveToTeam(long newTeamId, Instant now) {
        requireOpen();
        if (teamId != newTeamId) {
            teamId = newTeamId;
            assigneeId = null;
        }
        updatedAt = now;
    }

    /**
     * The citizen chose the wrong motif: the right one may belong to another team, which then
     * receives the conversation unassigned. The deadline promised to the citizen stays.
     */
    public void reroute(long newMotifId, long newTeamId, Instant now) {
        requireOpen();
        motifId = newMotifId;
        moveToTeam(newTeamId, now);
    }

    /** Closed by mistake or too early: back to work, with its assignee. */
    public void reopen(Instant now) {
        if (status != ConversationStatus.CLOSED) {
            throw new IllegalStateException("Conversation " + reference + " is not closed");
        }
        status = ConversationStatus.IN_PROGRESS;
        closedAt = null;
        updatedAt = now;
    }

    private void requireOpen() {
        if (status == ConversationStatus.CLOSED) {
            throw new ConversationClosedException(reference);
        }
    }

    /** Marks the institution's messages read when the citizen sees them; returns how many. */
    public int markRepliesReadByCitizen(Instant now) {
        int marked = 0;
        for (Message message : messages) {
            if (message.isUnreadBy(AuthorKind.CITIZEN)) {
                message.markRead(now);
                marked++;
            }
        }
        return marked;
    }

    public long unreadRepliesForCitizen() {
        return messages.stream().filter(m -> m.isUnreadBy(AuthorKind.CITIZEN)).count();
    }

    /**
     * Whether the citizen is still waiting for the institution's first answer: only then is an
     * answer delay worth announcing.
     */
    public boolean awaitsFirstAnswer() {
        return firstResponseAt == null && status != ConversationStatus.CLOSED;
    }

    public boolean belongsTo(long accountId) {
        return citizenId != null && citizenId == accountId;
    }

    /**
     * Ends the conversation: the citizen can no longer write in it, and its retention period starts
     * now. Closing a closed conversation changes nothing, so a retried close is harmless.
     *
     * @return whether this call closed it
     */
    public boolean close(Instant now) {
        if (status == ConversationStatus.CLOSED) {
            return false;
        }
        status = ConversationStatus.CLOSED;
        closedAt = now;
        updatedAt = now;
        return true;
    }

    public void hideForCitizen() {
        hiddenByCitizen = true;
    }

    public void showForCitizen() {
        hiddenByCitizen = false;
    }

    public Long getId() {
        return id;
    }

    public ConversationReference reference() {
        return ConversationReference.parse(reference);
    }

    public String getReference() {
        return reference;
    }

    public String getSubmissionToken() {
        return submissionToken;
    }

    public Long getCitizenId() {
        return citizenId;
    }

    public String getAudience() {
        return audience;
    }

    public Long getMotifId() {
        return motifId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Optional<Long> assigneeId() {
        return Optional.ofNullable(assigneeId);
    }

    public ConversationStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Optional<Instant> firstResponseAt() {
        return Optional.ofNullable(firstResponseAt);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<Instant> anonymisedAt() {
        return Optional.ofNullable(anonymisedAt);
    }

    public Optional<Instant> retentionWarnedAt() {
        return Optional.ofNullable(retentionWarnedAt);
    }

    public boolean isHiddenByCitizen() {
        return hiddenByCitizen;
    }

    public List<Message> getMessages() {
        return List.copyOf(messages);
    }
}
