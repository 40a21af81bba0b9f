package fr.messagerie.platform.batch;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When the container starts the jobs (Paris time). Timers are non-persistent: every instance has
 * them and fires them, and the job lock lets exactly one instance start each run; a persistent
 * timer would need a cluster timer store that a bare server lacks.
 */
@Singleton
public class JobSchedule {

    private static final Logger LOG = Logger.getLogger(JobSchedule.class.getName());

    @Inject private JobLauncher launcher;

    @Inject
    @ConfigProperty(name = "messagerie.batch.schedule-enabled", defaultValue = "true")
    private boolean enabled;

    @Schedule(hour = "2", minute = "15", timezone = "Europe/Paris", persistent = false)
    public void retention() {
        run(BatchJobsCatalog.RETENTION);
    }

    @Schedule(
            dayOfWeek = "Mon-Fri",
            hour = "7",
            minute = "0",
            timezone = "Europe/Paris",
            persistent = false)
    public void slaReminders() {
        run(BatchJobsCatalog.SLA_REMINDERS);
    }

    @Schedule(
            dayOfMonth = "1",
            hour = "3",
            minute = "30",
            timezone = "Europe/Paris",
            persistent = false)
    public void statisticsExport() {
        run(BatchJobsCatalog.STATISTICS_EXPORT);
    }

    private void run(String job) {
        if (!enabled) {
            return;
        }
        try {
            launcher.start(job, new Properties());
        } catch (RuntimeException e) {
            // A timer that throws may be cancelled by the container: log and wait for the next one.
            LOG.log(Level.SEVERE, "Scheduled start of job " + job + " failed", e);
        }
    }
}
