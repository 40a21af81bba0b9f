package fr.messagerie.conversation.infrastructure.batch;

import fr.messagerie.notification.application.NotificationOutbox;
import fr.messagerie.notification.domain.NotificationKind;
import fr.messagerie.security.infrastructure.AccountRepository;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Records each warning and enqueues its mail in the chunk's transaction: both commit together, and
 * a conversation already recorded as warned gets no second mail.
 */
@Named("retentionWarningWriter")
@Dependent
public class RetentionWarningWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(RetentionWarningWriter.class.getName());

    @Inject private RetentionStore store;
    @Inject private AccountRepository accounts;
    @Inject private NotificationOutbox outbox;
    @Inject private Clock clock;

    @Override
    public void writeItems(List<Object> items) {
        Instant now = clock.instant();
        for (Object item : items) {
            RetentionSql.WarningCandidate candidate = (RetentionSql.WarningCandidate) item;
            if (store.recordWarning(candidate.conversationId(), now)) {
                accounts.findById(candidate.citizenId())
                        .ifPresent(
                                citizen ->
                                        outbox.enqueue(
                                                NotificationKind.RETENTION_WARNING,
                                                citizen,
                                                candidate.conversationId()));
                LOG.info(() -> "Retention warning for conversation " + candidate.conversationId());
            }
        }
    }
}
