package fr.messagerie.conversation.infrastructure.batch;

import fr.messagerie.conversation.domain.RetentionPolicy;
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
 * Hands out the ids of conversations to anonymise, in id order, a page at a time. The checkpoint is
 * the last id handed out in a committed chunk; on restart the reader continues after it, and the
 * query skips anonymised rows anyway, so nothing is read twice.
 */
@Named("anonymisationReader")
@Dependent
public class AnonymisationReader extends AbstractItemReader {

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

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastHandedOut;
    private long lastFetched;
    private Instant closedBefore;
    private Instant warnedBefore;

    @Override
    public void open(Serializable checkpoint) {
        lastHandedOut = checkpoint == null ? 0L : (Long) checkpoint;
        lastFetched = lastHandedOut;
        Instant now = clock.instant();
        RetentionPolicy policy = settings.policy(retentionMonths, warningDays);
        closedBefore = policy.closedBeforeForAnonymisation(now);
        warnedBefore = policy.warnedBeforeForAnonymisation(now);
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(
                    store.anonymisableAfter(
                            lastFetched,
                            closedBefore,
                            warnedBefore,
                            JobParameters.intOr(pageSize, 500)));
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
