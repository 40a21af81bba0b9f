package fr.messagerie.conversation.infrastructure.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/** Anonymises one chunk of conversations with set-based statements (see {@link RetentionSql}). */
@Named("anonymisationWriter")
@Dependent
public class AnonymisationWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(AnonymisationWriter.class.getName());

    @Inject private RetentionStore store;
    @Inject private Clock clock;

    @Override
    public void writeItems(List<Object> items) {
        List<Long> ids = items.stream().map(Long.class::cast).toList();
        int anonymised = store.anonymise(ids, clock.instant());
        LOG.info(
                () ->
                        "Retention: anonymised "
                                + anonymised
                                + " conversations, ids "
                                + ids.get(0)
                                + " to "
                                + ids.get(ids.size() - 1));
    }
}
