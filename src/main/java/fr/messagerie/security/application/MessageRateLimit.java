package fr.messagerie.security.application;

import fr.messagerie.security.domain.Account;
import fr.messagerie.security.domain.AuditAction;
import fr.messagerie.security.domain.MessageRateRule;
import fr.messagerie.security.infrastructure.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The per-citizen message limit, checked before a new conversation or a reply is stored. Counts
 * come from the database, so the limit holds across server instances and restarts. The check locks
 * the citizen's account row until the message's transaction ends: twenty messages sent at the same
 * instant are counted one after the other, so exactly the limit gets through.
 */
@ApplicationScoped
public class MessageRateLimit {

    private static final Logger LOG = Logger.getLogger(MessageRateLimit.class.getName());

    @Inject
    @ConfigProperty(name = "messagerie.rate-limit.messages-per-hour", defaultValue = "5")
    int perHour;

    @Inject
    @ConfigProperty(name = "messagerie.rate-limit.messages-per-day", defaultValue = "20")
    int perDay;

    @Inject private SentMessageCounter counter;
    @Inject private AccountRepository accounts;
    @Inject private AuditLog audit;
    @Inject private Clock clock;

    /**
     * @throws RateLimitExceededException when one more message would exceed the hourly or daily
     *     limit
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void check(Account citizen) {
        accounts.lockUntilCommit(citizen.getId());
        Instant now = clock.instant();
        MessageRateRule rule = new MessageRateRule(perHour, perDay);
        SentMessageCounter.RecentMessages recent = counter.recentMessages(citizen.getId(), now);
        rule.refusal(recent.lastHour(), recent.lastDay())
                .ifPresent(
                        window -> {
                            LOG.info(() -> "rate limit " + window + " account=" + citizen.getId());
                            audit.record(
                                    AuditAction.RATE_LIMITED,
                                    AuditActor.of(citizen),
                                    AuditTarget.none(),
                                    "messages per " + window.name().toLowerCase());
                            throw new RateLimitExceededException(window);
                        });
    }
}
