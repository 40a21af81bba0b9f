package fr.messagerie.backoffice.infrastructure.batch;

import fr.messagerie.backoffice.application.SlaDigestService;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/** Team leads' account ids in id order; checkpoint = last id handed out. */
@Named("slaDigestReader")
@Dependent
public class SlaDigestReader extends AbstractItemReader {

    @Inject private SlaDigestService digests;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastHandedOut;
    private long lastFetched;

    @Override
    public void open(Serializable checkpoint) {
        lastHandedOut = checkpoint == null ? 0L : (Long) checkpoint;
        lastFetched = lastHandedOut;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(digests.teamLeadsAfter(lastFetched, 100));
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
