package fr.messagerie.notification.infrastructure;

import fr.messagerie.notification.application.NotificationSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Re-publishes pending notifications nobody delivered: after a crash between commit and publish,
 * after a broker hiccup, and when a retry falls due. Publishing twice is harmless (the claim lets
 * one dispatcher through), so instances of a cluster may all sweep. Interrupted deliveries are
 * turned into failures an admin can see.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NotificationSweeper {

    private static final Logger LOG = Logger.getLogger(NotificationSweeper.class.getName());
    private static final int BATCH = 500;
    // A just-committed notification is on the queue already: leave it to its consumer a moment.
    private static final Duration GRACE = Duration.ofSeconds(2);

    @Resource private TimerService timers;
    @Inject private NotificationStore store;
    @Inject private NotificationPublisher publisher;
    @Inject private NotificationSettings settings;
    @Inject private Clock clock;

    @PostConstruct
    void schedule() {
        long interval = settings.sweepInterval().toMillis();
        timers.createIntervalTimer(
                interval, interval, new TimerConfig("notification-sweeper", false));
    }

    @Timeout
    void sweep() {
        sweepNow();
    }

    /** One sweep; returns how many notifications were published again. */
    public int sweepNow() {
        Instant now = clock.instant();
        int interrupted = store.failInterrupted(now);
        if (interrupted > 0) {
            LOG.warning(() -> interrupted + " interrupted notification deliveries marked failed");
        }
        List<String> due = store.duePending(now.minus(GRACE), BATCH);
        if (!due.isEmpty()) {
            publisher.publish(due);
            LOG.info(() -> due.size() + " pending notification(s) published again");
        }
        return due.size();
    }
}
