package fr.messagerie.backoffice.application;

import fr.messagerie.backoffice.domain.ConversationEvent;
import fr.messagerie.backoffice.domain.ConversationEventKind;
import fr.messagerie.backoffice.domain.ConversationNote;
import fr.messagerie.conversation.application.InstitutionReplies;
import fr.messagerie.conversation.domain.Conversation;
import fr.messagerie.conversation.domain.Message;
import fr.messagerie.referential.application.ReferentialCatalog;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.referential.domain.Team;
import fr.messagerie.security.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * What an agent does to a conversation: take it, give it to a colleague or a team, re-route it,
 * annotate, answer, close and reopen it. Each action goes through {@link AgentAccess} first (a
 * conversation outside the agent's teams is "not found") and writes one history line in the same
 * transaction, so the history never misses or invents an action.
 */
@ApplicationScoped
public class AgentDesk {

    private static final Logger LOG = Logger.getLogger(AgentDesk.class.getName());

    @Inject private AgentAccess access;
    @Inject private InstitutionReplies replies;
    @Inject private ReferentialCatalog referential;
    @Inject private Clock clock;
    @PersistenceContext private EntityManager entityManager;

    @Transactional
    public void take(Account agent, long conversationId) {
        Conversation conversation = access.conversation(agent, conversationId);
        Instant now = clock.instant();
        conversation.assignTo(agent.getId(), now);
        record(conversation, agent, ConversationEventKind.TAKEN, null, now);
    }

    /**
     * Gives the conversation to a member of its team. Only team leads and administrators give work
     * to others; anyone else may only take it.
     */
    @Transactional
    public void assignToAgent(Account actor, long conversationId, long agentId) {
        Conversation conversation = access.conversation(actor, conversationId);
        if (agentId != actor.getId() && !access.leads(actor)) {
            throw new BackOfficeActionRefusedException("assign.notLead");
        }
        if (!access.isMemberOf(agentId, conversation.getTeamId())) {
            throw new BackOfficeActionRefusedException("assign.notMember");
        }
        Instant now = clock.instant();
        conversation.assignTo(agentId, now);
        record(conversation, actor, ConversationEventKind.ASSIGNED_TO_AGENT, "#" + agentId, now);
    }

    @Transactional
    public void assignToTeam(Account actor, long conversationId, long teamId) {
        Conversation conversation = access.conversation(actor, conversationId);
        Team team = entityManager.find(Team.class, teamId);
        if (team == null || !team.isActive()) {
            throw new BackOfficeActionRefusedException("team.unknown");
        }
        Instant now = clock.instant();
        conversation.moveToTeam(teamId, now);
        record(conversation, actor, ConversationEventKind.ASSIGNED_TO_TEAM, team.getCode(), now);
    }

    /** The citizen chose the wrong motif: the right one decides the team. */
    @Transactional
    public void reroute(Account actor, long conversationId, long motifId) {
        Conversation conversation = access.conversation(actor, conversationId);
        Motif motif =
                referential
                        .motif(motifId)
                        .filter(Motif::isActive)
                        .orElseThrow(() -> new BackOfficeActionRefusedException("motif.unknown"));
        Instant now = clock.instant();
        conversation.reroute(motif.getId(), motif.getTeam().getId(), now);
        record(conversation, actor, ConversationEventKind.REROUTED, motif.getCode(), now);
    }

    @Transactional
    public void close(Account actor, long conversationId) {
        Conversation conversation = access.conversation(actor, conversationId);
        Instant now = clock.instant();
        conversation.close(now);
        record(conversation, actor, ConversationEventKind.CLOSED, null, now);
    }

    @Transactional
    public void reopen(Account actor, long conversationId) {
        Conversation conversation = access.conversation(actor, conversationId);
        Instant now = clock.instant();
        conversation.reopen(now);
        record(conversation, actor, ConversationEventKind.REOPENED, null, now);
    }

    /** A note for colleagues: stored apart from the messages, the citizen never sees it. */
    @Transactional
    public void addNote(Account actor, long conversationId, String body) {
        Conversation conversation = access.conversation(actor, conversationId);
        if (!ConversationNote.acceptsBody(body)) {
            throw new BackOfficeActionRefusedException("note.length");
        }
        Instant now = clock.instant();
        entityManager.persist(new ConversationNote(conversation.getId(), actor.getId(), body, now));
        record(conversation, actor, ConversationEventKind.NOTE_ADDED, null, now);
    }

    /** Answers the citizen; the "a reply is waiting" notification leaves after commit. */
    @Transactional
    public void reply(Account actor, long conversationId, String body) {
        Conversation conversation = access.conversation(actor, conversationId);
        // Agents' answers may exceed a citizen's 750 characters, up to what the column holds.
        String text = body == null ? "" : Normalizer.normalize(body, Normalizer.Form.NFC).strip();
        if (text.isEmpty() || text.length() > Message.MAX_STORED_LENGTH) {
            throw new BackOfficeActionRefusedException("reply.length");
        }
        if (conversation.assigneeId().isEmpty()) {
            conversation.assignTo(actor.getId(), clock.instant());
        }
        replies.reply(actor.getId(), conversation.getId(), text);
        record(conversation, actor, ConversationEventKind.REPLIED, null, clock.instant());
    }

    private void record(
            Conversation conversation,
            Account actor,
            ConversationEventKind kind,
            String detail,
            Instant at) {
        entityManager.persist(
                new ConversationEvent(conversation.getId(), actor.getId(), kind, detail, at));
        LOG.info(
                () ->
                        "Back office "
                                + kind
                                + " on conversation "
                                + conversation.getReference()
                                + " by account "
                                + actor.getId());
    }
}
