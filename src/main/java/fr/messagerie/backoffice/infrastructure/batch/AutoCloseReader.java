package fr.messagerie.backoffice.infrastructure.batch;

import fr.messagerie.conversation.application.AutoCloseSettings;
import fr.messagerie.conversation.application.ConversationClosing;
import fr.messagerie.conversation.domain.AutoClosePolicy;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Ids of conversations waiting for the citizen beyond the period, in id order; checkpoint = last id
 * handed out. Closed ones drop out of the query, so a restart never closes twice.
 */
@Named("autoCloseReader")
@Dependent
public class AutoCloseReader extends AbstractItemReader {

    @Inject private ConversationClosing closing;
    @Inject private AutoCloseSettings settings;
    @Inject private Clock clock;

    @Inject
    @BatchProperty(name = "waitingDays")
    private String waitingDays;

    private final Deque<Long> page = new ArrayDeque<>();
    private AutoClosePolicy policy;
    private Instant now;
    private long lastHandedOut;
    private long lastFetched;

    @Override
    public void open(Serializable checkpoint) {
        lastHandedOut = checkpoint == null ? 0L : (Long) checkpoint;
        lastFetched = lastHandedOut;
        policy = settings.policy(waitingDays);
        now = clock.instant();
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(closing.dueForAutoClose(policy, now, lastFetched, 200));
            if (page.isEmpty()) {
                return null;
            }
            lastFetched = page.peekLast();
        }
        lastHandedOut = page.poll();
        return lastHandedOut;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastHandedOut;
    }
}
