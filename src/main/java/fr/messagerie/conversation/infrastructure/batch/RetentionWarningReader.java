package fr.messagerie.conversation.infrastructure.batch;

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
 * Hands out the closed conversations whose citizen is due a retention warning, in id order; the
 * checkpoint is the last id handed out in a committed chunk.
 */
@Named("retentionWarningReader")
@Dependent
public class RetentionWarningReader extends KeysetPageReader<RetentionSql.WarningCandidate> {

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

    public RetentionWarningReader() {
        super(RetentionSql.WarningCandidate::conversationId);
    }

    @Override
    protected void prepare() {
        closedBefore =
                settings.policy(retentionMonths, warningDays)
                        .closedBeforeForWarning(clock.instant());
    }

    @Override
    protected List<RetentionSql.WarningCandidate> pageAfter(long afterId) {
        return store.toWarnAfter(afterId, closedBefore, JobParameters.intOr(pageSize, 500));
    }
}
