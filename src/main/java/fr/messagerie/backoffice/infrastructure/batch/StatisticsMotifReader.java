package fr.messagerie.backoffice.infrastructure.batch;

import fr.messagerie.backoffice.application.StatisticsExport;
import fr.messagerie.backoffice.domain.ExportMonth;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.Iterator;

/** Motifs with activity in the month, in id order; checkpoint = last motif id handed out. */
@Named("statisticsMotifReader")
@Dependent
public class StatisticsMotifReader extends AbstractItemReader {

    @Inject private StatisticsExport export;
    @Inject private Clock clock;

    @Inject
    @BatchProperty(name = "month")
    private String month;

    private Iterator<Long> motifs;
    private long lastHandedOut;

    @Override
    public void open(Serializable checkpoint) {
        long after = checkpoint == null ? 0L : (Long) checkpoint;
        lastHandedOut = after;
        motifs =
                export.motifs(ExportMonth.parseOrPrevious(month, clock.instant())).stream()
                        .filter(id -> id > after)
                        .iterator();
    }

    @Override
    public Object readItem() {
        if (!motifs.hasNext()) {
            return null;
        }
        lastHandedOut = motifs.next();
        return lastHandedOut;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastHandedOut;
    }
}
