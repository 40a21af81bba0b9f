package fr.messagerie.platform.web;

import fr.messagerie.platform.batch.BatchJobsCatalog;
import fr.messagerie.platform.batch.JobLauncher;
import fr.messagerie.platform.batch.JobMonitor;
import fr.messagerie.platform.batch.JobRun;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;

/** /admin/jobs.xhtml: the jobs' recent runs, and start, restart and stop. */
@Named
@ViewScoped
public class JobsAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ParisTime.PARIS);

    @Inject private JobMonitor monitor;
    @Inject private JobLauncher launcher;
    @Inject private UserMessages messages;

    private String importFile;

    public List<JobRun> getRuns() {
        return monitor.recentRuns(10);
    }

    public List<String> getScheduledJobs() {
        return List.of(
                BatchJobsCatalog.RETENTION,
                BatchJobsCatalog.SLA_REMINDERS,
                BatchJobsCatalog.STATISTICS_EXPORT);
    }

    public void start(String job) {
        launcher.start(job, new Properties())
                .ifPresentOrElse(
                        id -> messages.info("admin.jobs.message.started", job, String.valueOf(id)),
                        () -> messages.error("admin.jobs.message.busy", job));
    }

    public void startImport() {
        if (importFile == null || importFile.isBlank()) {
            messages.errorOn("jobs:importFile", "admin.jobs.import.fileRequired");
            return;
        }
        Properties parameters = new Properties();
        parameters.setProperty("file", importFile.strip());
        launcher.start(BatchJobsCatalog.REFERENTIAL_IMPORT, parameters)
                .ifPresentOrElse(
                        id ->
                                messages.info(
                                        "admin.jobs.message.started",
                                        BatchJobsCatalog.REFERENTIAL_IMPORT,
                                        String.valueOf(id)),
                        () ->
                                messages.error(
                                        "admin.jobs.message.busy",
                                        BatchJobsCatalog.REFERENTIAL_IMPORT));
    }

    public void restart(long executionId) {
        launcher.restart(executionId)
                .ifPresentOrElse(
                        id ->
                                messages.info(
                                        "admin.jobs.message.restarted",
                                        String.valueOf(executionId),
                                        String.valueOf(id)),
                        () ->
                                messages.error(
                                        "admin.jobs.message.busy", String.valueOf(executionId)));
    }

    public void stop(long executionId) {
        launcher.stop(executionId);
        messages.info("admin.jobs.message.stopRequested", String.valueOf(executionId));
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String getImportFile() {
        return importFile;
    }

    public void setImportFile(String importFile) {
        this.importFile = importFile;
    }
}
