package fr.messagerie.conversation.application;

import fr.messagerie.conversation.infrastructure.ConversationRepository;
import fr.messagerie.security.application.SentMessageCounter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/** Tells the security feature's rate limit how many messages an account wrote recently. */
@ApplicationScoped
public class CitizenMessageCounter implements SentMessageCounter {

    @Inject private ConversationRepository conversations;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public RecentMessages recentMessages(long accountId, Instant now) {
        return conversations.messagesWrittenSince(
                accountId, now.minus(Duration.ofHours(1)), now.minus(Duration.ofDays(1)));
    }
}
