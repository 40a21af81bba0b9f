package fr.messagerie.backoffice.infrastructure.batch;

import fr.messagerie.backoffice.application.SlaDigestService;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Queues one digest mail per team lead of the chunk, committed with the chunk. */
@Named("slaDigestWriter")
@Dependent
public class SlaDigestWriter extends AbstractItemWriter {

    @Inject private SlaDigestService digests;

    @Override
    public void writeItems(List<Object> items) {
        items.forEach(lead -> digests.send((Long) lead));
    }
}
