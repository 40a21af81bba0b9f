package fr.messagerie.backoffice.infrastructure.batch;

import fr.messagerie.backoffice.application.StatisticsExport;
import fr.messagerie.backoffice.domain.CsvCell;
import fr.messagerie.backoffice.domain.ExportMonth;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;

/**
 * Appends lines to {@code <file>.part}. A file is not transactional, so the checkpoint is the file
 * length after the last committed chunk: on restart the file is cut back to it, and lines of a
 * chunk that rolled back are written again exactly once. The "publish" step renames the finished
 * file, so readers of the folder never see a half-written export.
 */
@Named("statisticsFileWriter")
@Dependent
public class StatisticsFileWriter extends AbstractItemWriter {

    @Inject private StatisticsExport export;
    @Inject private Clock clock;

    @Inject
    @BatchProperty(name = "month")
    private String month;

    @Inject
    @BatchProperty(name = "directory")
    private String directory;

    private FileChannel file;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        Path part = partFile(export, directory, month, clock);
        Files.createDirectories(part.getParent());
        file =
                FileChannel.open(
                        part,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.READ);
        if (checkpoint == null) {
            file.truncate(0);
            append(List.of(CsvCell.line(StatisticsExport.HEADER)));
        } else {
            file.truncate((Long) checkpoint);
        }
        file.position(file.size());
    }

    @Override
    public void writeItems(List<Object> items) throws IOException {
        append(items.stream().map(String.class::cast).toList());
    }

    @Override
    public Serializable checkpointInfo() throws IOException {
        return file.size();
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }

    private void append(List<String> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append("\r\n"));
        ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            file.write(bytes);
        }
        file.force(false);
    }

    static Path partFile(StatisticsExport export, String directory, String month, Clock clock) {
        ExportMonth exportMonth = ExportMonth.parseOrPrevious(month, clock.instant());
        return export.directory(directory).resolve(exportMonth.fileName() + ".part");
    }
}
