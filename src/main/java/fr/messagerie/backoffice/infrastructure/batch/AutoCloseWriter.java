package fr.messagerie.backoffice.infrastructure.batch;

import fr.messagerie.conversation.application.AutoCloseSettings;
import fr.messagerie.conversation.application.ConversationClosing;
import fr.messagerie.conversation.domain.AutoClosePolicy;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Closes each conversation of the chunk (if it still qualifies) and mails its citizen. */
@Named("autoCloseWriter")
@Dependent
public class AutoCloseWriter extends AbstractItemWriter {

    @Inject private ConversationClosing closing;
    @Inject private AutoCloseSettings settings;
    @Inject private Clock clock;

    @Inject
    @BatchProperty(name = "waitingDays")
    private String waitingDays;

    @Override
    public void writeItems(List<Object> items) {
        AutoClosePolicy policy = settings.policy(waitingDays);
        Instant now = clock.instant();
        for (Object id : items) {
            closing.closeForInactivity((Long) id, policy, now);
        }
    }
}
