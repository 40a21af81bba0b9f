package fr.messagerie.backoffice.infrastructure.batch;

import fr.messagerie.backoffice.application.SlaDigestService;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/** Filters out team leads with nothing overdue or due soon: they get no mail (filter count). */
@Named("slaDigestProcessor")
@Dependent
public class SlaDigestProcessor implements ItemProcessor {

    @Inject private SlaDigestService digests;
    @Inject private Clock clock;

    @Override
    public Object processItem(Object item) {
        long leadId = (Long) item;
        return digests.digestFor(leadId, clock.instant()).isEmpty() ? null : leadId;
    }
}
