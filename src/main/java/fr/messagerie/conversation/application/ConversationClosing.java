package fr.messagerie.conversation.application;

import fr.messagerie.conversation.domain.AutoClosePolicy;
import fr.messagerie.conversation.domain.Conversation;
import fr.messagerie.conversation.domain.ConversationStatus;
import fr.messagerie.conversation.infrastructure.ConversationRepository;
import fr.messagerie.notification.application.NotificationOutbox;
import fr.messagerie.notification.domain.NotificationKind;
import fr.messagerie.security.infrastructure.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Closing conversations: the only way a conversation becomes CLOSED, which starts its retention
 * period. Used today by the automatic closing of conversations left waiting for the citizen.
 */
@ApplicationScoped
public class ConversationClosing {

    private static final Logger LOG = Logger.getLogger(ConversationClosing.class.getName());

    @Inject private ConversationRepository conversations;
    @Inject private AccountRepository accounts;
    @Inject private NotificationOutbox outbox;

    /** Ids of conversations the policy closes, after {@code afterId}, in id order. */
    public List<Long> dueForAutoClose(
            AutoClosePolicy policy, Instant now, long afterId, int limit) {
        return conversations.idsInStatusIdleSince(
                ConversationStatus.WAITING_CITIZEN, policy.lastActivityBefore(now), afterId, limit);
    }

    /**
     * Closes the conversation if it still qualifies (the citizen may have written since it was
     * read) and tells the citizen by mail; in the caller's transaction when there is one.
     *
     * @return whether it was closed by this call
     */
    @Transactional
    public boolean closeForInactivity(long conversationId, AutoClosePolicy policy, Instant now) {
        Optional<Conversation> found = conversations.findById(conversationId);
        if (found.isEmpty()) {
            return false;
        }
        Conversation conversation = found.get();
        if (!policy.isDue(conversation.getStatus(), conversation.getUpdatedAt(), now)
                || !conversation.close(now)) {
            return false;
        }
        Long citizenId = conversation.getCitizenId();
        if (citizenId != null) {
            accounts.findById(citizenId)
                    .ifPresent(
                            citizen ->
                                    outbox.enqueue(
                                            NotificationKind.AUTO_CLOSED, citizen, conversationId));
        }
        LOG.info(() -> "Conversation " + conversation.getReference() + " closed for inactivity");
        return true;
    }
}
