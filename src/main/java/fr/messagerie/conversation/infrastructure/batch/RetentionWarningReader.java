package fr.messagerie.conversation.infrastructure.batch;

import fr.messagerie.platform.batch.JobParameters;
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
 * Hands out the closed conversations whose citizen is due a retention warning, in id order; the
 * checkpoint is the last id handed out in a committed chunk.
 */
@Named("retentionWarningReader")
@Dependent
public class RetentionWarningReader extends AbstractItemReader {

    @Inject private RetentionStore store;
    @Inject private RetentionSettings settings;
    @Inject private Clock clock;

    @Inject
    @BatchProperty(name = "retentionMonths")
    private String retentionMonths;

    @Inject
    @BatchProperty(name = "warningDays")
    private String warningDays;

    @Inject
    @BatchProperty(name = "pageSize")
    private String pageSize;

    private final Deque<RetentionSql.WarningCandidate> page = new ArrayDeque<>();
    private long lastHandedOut;
    private long lastFetched;
    private Instant closedBefore;

    @Override
    public void open(Serializable checkpoint) {
        lastHandedOut = checkpoint == null ? 0L : (Long) checkpoint;
        lastFetched = lastHandedOut;
        closedBefore =
                settings.policy(retentionMonths, warningDays)
                        .closedBeforeForWarning(clock.instant());
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(
                    store.toWarnAfter(
                            lastFetched, closedBefore, JobParameters.intOr(pageSize, 500)));
            if (page.isEmpty()) {
                return null;
            }
            lastFetched = page.peekLast().conversationId();
        }
        RetentionSql.WarningCandidate next = page.poll();
        lastHandedOut = next.conversationId();
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastHandedOut;
    }
}
