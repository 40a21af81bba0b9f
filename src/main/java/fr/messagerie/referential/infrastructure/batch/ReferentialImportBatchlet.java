package fr.messagerie.referential.infrastructure.batch;

import fr.messagerie.referential.application.ImportReport;
import fr.messagerie.referential.application.ReferentialImport;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the file, imports it all or nothing, and writes the report next to it ({@code
 * <file>.rapport.txt}). Exit status APPLIQUE or REJETE; a rejected file is a normal outcome, not a
 * failed job, so an administrator reads the report rather than a stack trace.
 */
@Named("referentialImportBatchlet")
@Dependent
public class ReferentialImportBatchlet extends AbstractBatchlet {

    @Inject private ReferentialImport referentialImport;

    @Inject
    @BatchProperty(name = "file")
    private String file;

    @Override
    public String process() throws Exception {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("Job parameter 'file' is required");
        }
        Path path = Path.of(file.strip());
        ImportReport report =
                referentialImport.importFile(Files.readString(path, StandardCharsets.UTF_8));
        Files.writeString(
                path.resolveSibling(path.getFileName() + ".rapport.txt"),
                report.text(),
                StandardCharsets.UTF_8);
        return report.isApplied() ? "APPLIQUE" : "REJETE";
    }
}
