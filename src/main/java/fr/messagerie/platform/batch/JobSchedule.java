package fr.messagerie.platform.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the jobs on {@link JobCalendar}'s days and hours. Every instance of a cluster schedules
 * them and the job lock lets exactly one start each run. The container's scheduled executor rather
 * than EJB timers: nothing here needs a timer to survive a restart (the calendar is in the code),
 * and without timers the server does not start its timer service at deployment (about a second of
 * the cold start). The executor is the application's own: the server's default one runs every
 * application's tasks on a single thread on Payara, where any stuck task would silently stop the
 * calendar (see NotificationSweeper).
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ManagedScheduledExecutorDefinition(name = JobSchedule.EXECUTOR, maxAsync = 1)
public class JobSchedule {

    static final String EXECUTOR = "java:app/concurrent/JobStarts";

    private static final Logger LOG = Logger.getLogger(JobSchedule.class.getName());

    @Resource(lookup = EXECUTOR)
    private ManagedScheduledExecutorService executor;

    @Resource private SessionContext context;
    @Inject private JobLauncher launcher;

    @Inject
    @ConfigProperty(name = "messagerie.batch.schedule-enabled", defaultValue = "true")
    private boolean enabled;

    private final Map<String, ScheduledFuture<?>> scheduled = new LinkedHashMap<>();

    @PostConstruct
    void schedule() {
        if (!enabled) {
            LOG.info("Batch schedule disabled on this instance");
            return;
        }
        // Through the container's view of this bean, as a timer would call it: each start runs in
        // a transaction of its own, with the application's entity managers open.
        JobSchedule self = context.getBusinessObject(JobSchedule.class);
        JobCalendar.triggers()
                .forEach(
                        (job, trigger) ->
                                scheduled.put(
                                        job, executor.schedule(() -> self.start(job), trigger)));
    }

    @PreDestroy
    void cancel() {
        scheduled.values().forEach(run -> run.cancel(false));
    }

    /** The next start of each scheduled job (none when this instance's schedule is disabled). */
    public Map<String, Instant> nextRuns() {
        Map<String, Instant> next = new LinkedHashMap<>();
        Instant now = Instant.now();
        scheduled.forEach(
                (job, run) -> next.put(job, now.plusMillis(run.getDelay(TimeUnit.MILLISECONDS))));
        return next;
    }

    /** Starts one scheduled run; public for the container's view only. */
    public void start(String job) {
        try {
            launcher.start(job, new Properties());
        } catch (RuntimeException e) {
            // Keep the calendar going whatever one start does; the next run will try again.
            LOG.log(Level.SEVERE, "Scheduled start of job " + job + " failed", e);
        }
    }
}
