package fr.messagerie.notification.infrastructure;

import fr.messagerie.notification.application.NotificationSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Re-publishes pending notifications nobody delivered: after a crash between commit and publish,
 * after a broker hiccup, and when a retry falls due. Publishing twice is harmless (the claim lets
 * one dispatcher through), so instances of a cluster may all sweep. Interrupted deliveries are
 * turned into failures an admin can see. On a scheduled executor, not an EJB timer: the sweep need
 * not survive a restart (the next start schedules it again), and without timers the server skips
 * starting its timer service at deployment.
 *
 * <p>The executor is the application's own, not the server's default: Payara's default scheduled
 * executor runs every task of every application on one thread, so one stuck task (a job start, a
 * sweep caught in an undeployment) stopped every later sweep until the server restarted, and
 * retries were never delivered. An application-defined executor is created and shut down with the
 * deployment.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ManagedScheduledExecutorDefinition(
        name = NotificationSweeper.EXECUTOR,
        hungTaskThreshold = 60_000,
        maxAsync = 1)
public class NotificationSweeper {

    static final String EXECUTOR = "java:app/concurrent/NotificationSweeps";

    private static final Logger LOG = Logger.getLogger(NotificationSweeper.class.getName());
    private static final int BATCH = 500;

    @Resource(lookup = EXECUTOR)
    private ManagedScheduledExecutorService executor;

    @Resource private SessionContext context;
    @Inject private NotificationStore store;
    @Inject private NotificationPublisher publisher;
    @Inject private NotificationSettings settings;
    @Inject private Clock clock;

    private ScheduledFuture<?> sweeps;

    @PostConstruct
    void schedule() {
        long interval = settings.sweepInterval().toMillis();
        // Through the container's view of this bean, as a timer would call it: the sweep then
        // runs in a transaction of its own and the stores' entity managers are open.
        NotificationSweeper self = context.getBusinessObject(NotificationSweeper.class);
        sweeps =
                executor.scheduleWithFixedDelay(
                        () -> sweepAndCarryOn(self), interval, interval, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void cancel() {
        sweeps.cancel(false);
    }

    private static void sweepAndCarryOn(NotificationSweeper self) {
        try {
            self.sweepNow();
        } catch (RuntimeException e) {
            // An exception would end the executor's repetition: log it and sweep next time.
            LOG.log(Level.WARNING, "Notification sweep failed; the next one will retry", e);
        }
    }

    /** One sweep; returns how many notifications were published again. */
    public int sweepNow() {
        Instant now = clock.instant();
        int interrupted = store.failInterrupted(now);
        if (interrupted > 0) {
            LOG.warning(() -> interrupted + " interrupted notification deliveries marked failed");
        }
        List<String> due = store.duePending(now.minus(settings.republishAfter()), BATCH);
        if (!due.isEmpty()) {
            publisher.publish(due);
            LOG.info(() -> due.size() + " pending notification(s) published again");
        }
        return due.size();
    }
}
