package fr.messagerie.backoffice.infrastructure.batch;

import fr.messagerie.conversation.application.AutoCloseSettings;
import fr.messagerie.conversation.application.ConversationClosing;
import fr.messagerie.conversation.domain.AutoClosePolicy;
import fr.messagerie.platform.batch.KeysetPageReader;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Ids of conversations waiting for the citizen beyond the period, in id order; checkpoint = last id
 * handed out. Closed ones drop out of the query, so a restart never closes twice.
 */
@Named("autoCloseReader")
@Dependent
public class AutoCloseReader extends KeysetPageReader<Long> {

    @Inject private ConversationClosing closing;
    @Inject private AutoCloseSettings settings;
    @Inject private Clock clock;

    @Inject
    @BatchProperty(name = "waitingDays")
    private String waitingDays;

    private AutoClosePolicy policy;
    private Instant now;

    public AutoCloseReader() {
        super(Long::longValue);
    }

    @Override
    protected void prepare() {
        policy = settings.policy(waitingDays);
        now = clock.instant();
    }

    @Override
    protected List<Long> pageAfter(long afterId) {
        return closing.dueForAutoClose(policy, now, afterId, 200);
    }
}
