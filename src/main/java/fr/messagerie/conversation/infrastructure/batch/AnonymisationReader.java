package fr.messagerie.conversation.infrastructure.batch;

import fr.messagerie.conversation.domain.RetentionPolicy;
import fr.messagerie.platform.batch.JobParameters;
import fr.messagerie.platform.batch.KeysetPageReader;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Hands out the ids of conversations to anonymise, in id order, a page at a time. The checkpoint is
 * the last id handed out in a committed chunk; on restart the reader continues after it, and the
 * query skips anonymised rows anyway, so nothing is read twice.
 */
@Named("anonymisationReader")
@Dependent
public class AnonymisationReader extends KeysetPageReader<Long> {

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

    private Instant closedBefore;
    private Instant warnedBefore;

    public AnonymisationReader() {
        super(Long::longValue);
    }

    @Override
    protected void prepare() {
        Instant now = clock.instant();
        RetentionPolicy policy = settings.policy(retentionMonths, warningDays);
        closedBefore = policy.closedBeforeForAnonymisation(now);
        warnedBefore = policy.warnedBeforeForAnonymisation(now);
    }

    @Override
    protected List<Long> pageAfter(long afterId) {
        return store.anonymisableAfter(
                afterId, closedBefore, warnedBefore, JobParameters.intOr(pageSize, 500));
    }
}
