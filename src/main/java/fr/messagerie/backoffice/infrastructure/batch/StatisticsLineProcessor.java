package fr.messagerie.backoffice.infrastructure.batch;

import fr.messagerie.backoffice.application.StatisticsExport;
import fr.messagerie.backoffice.domain.ExportMonth;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/** Turns a motif id into its CSV line for the month. */
@Named("statisticsLineProcessor")
@Dependent
public class StatisticsLineProcessor implements ItemProcessor {

    @Inject private StatisticsExport export;
    @Inject private Clock clock;

    @Inject
    @BatchProperty(name = "month")
    private String month;

    @Override
    public Object processItem(Object item) {
        return export.line(ExportMonth.parseOrPrevious(month, clock.instant()), (Long) item);
    }
}
