package fr.messagerie.conversation.application;

import fr.messagerie.conversation.domain.Conversation;
import fr.messagerie.conversation.domain.Message;
import fr.messagerie.conversation.infrastructure.ConversationRepository;
import fr.messagerie.notification.application.NotificationOutbox;
import fr.messagerie.notification.domain.NotificationKind;
import fr.messagerie.security.application.AuditActor;
import fr.messagerie.security.application.AuditLog;
import fr.messagerie.security.application.AuditTarget;
import fr.messagerie.security.domain.Account;
import fr.messagerie.security.domain.AuditAction;
import fr.messagerie.security.infrastructure.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * An agent's reply to a conversation: stored with its "a reply is waiting" notification in one
 * transaction. Who may reply to which conversation is checked by the back office before it calls.
 */
@ApplicationScoped
public class InstitutionReplies {

    @Inject private ConversationRepository conversations;
    @Inject private AccountRepository accounts;
    @Inject private NotificationOutbox outbox;
    @Inject private AuditLog audit;
    @Inject private Clock clock;

    @Transactional
    public Message reply(long agentId, long conversationId, String body) {
        Conversation conversation =
                conversations
                        .findById(conversationId)
                        .orElseThrow(ConversationNotFoundException::new);
        Message message = conversation.addAgentReply(agentId, body, clock.instant());
        Account citizen = accounts.findById(conversation.getCitizenId()).orElseThrow();
        outbox.enqueue(NotificationKind.REPLY_WAITING, citizen, conversation.getId());
        AuditActor agent =
                accounts.findById(agentId)
                        .map(AuditActor::of)
                        .orElse(new AuditActor(agentId, null));
        audit.recordWithAction(
                AuditAction.AGENT_REPLIED,
                agent,
                AuditTarget.conversation(conversation.getReference()),
                null);
        return message;
    }
}
