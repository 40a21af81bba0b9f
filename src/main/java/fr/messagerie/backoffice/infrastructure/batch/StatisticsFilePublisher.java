package fr.messagerie.backoffice.infrastructure.batch;

import fr.messagerie.backoffice.application.StatisticsExport;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.logging.Logger;

/** Renames the finished export into place in one move; the exit status is the file name. */
@Named("statisticsFilePublisher")
@Dependent
public class StatisticsFilePublisher extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(StatisticsFilePublisher.class.getName());

    @Inject private StatisticsExport export;
    @Inject private Clock clock;

    @Inject
    @BatchProperty(name = "month")
    private String month;

    @Inject
    @BatchProperty(name = "directory")
    private String directory;

    @Override
    public String process() throws Exception {
        Path part = StatisticsFileWriter.partFile(export, directory, month, clock);
        String name = part.getFileName().toString();
        Path target = part.resolveSibling(name.substring(0, name.length() - ".part".length()));
        Files.move(
                part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.info(() -> "Statistics export written: " + target.getFileName());
        return target.getFileName().toString();
    }
}
