package fr.messagerie.platform.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.messagerie.testsupport.BatchJobs;
import fr.messagerie.testsupport.Deployments;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One run at a time: while a run holds the job lock a second start is refused, and the lock is
 * released when the run ends, so the next start goes through. The admin page's table reads the runs
 * through the monitor.
 */
@ExtendWith(ArquillianExtension.class)
class JobLauncherIT {

    @Inject private JobLauncher launcher;
    @Inject private JobMonitor monitor;
    @Inject private JobLock lock;
    @Inject private JobSchedule schedule;

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWar(BatchJobs.class);
    }

    @Test
    void aStartIsRefusedWhileAnotherRunHoldsTheLockAndTheLockIsFreedWhenARunEnds()
            throws Exception {
        Properties params = new Properties();
        params.setProperty("month", "2001-01");
        params.setProperty("directory", System.getProperty("java.io.tmpdir") + "/lock-it");

        // Another instance's run holds the lock: this instance must not start the job.
        assertTrue(lock.tryAcquire(BatchJobsCatalog.STATISTICS_EXPORT));
        assertTrue(launcher.start(BatchJobsCatalog.STATISTICS_EXPORT, params).isEmpty());
        lock.release(BatchJobsCatalog.STATISTICS_EXPORT);

        Optional<Long> first = launcher.start(BatchJobsCatalog.STATISTICS_EXPORT, params);
        assertTrue(first.isPresent());
        assertEquals(BatchStatus.COMPLETED, BatchJobs.awaitEnd(first.get()));
        long deadline = System.currentTimeMillis() + 10_000;
        Optional<Long> third = Optional.empty();
        while (third.isEmpty() && System.currentTimeMillis() < deadline) {
            third = launcher.start(BatchJobsCatalog.STATISTICS_EXPORT, params);
            Thread.sleep(100);
        }
        assertTrue(third.isPresent(), "the lock was released when the run ended");
        assertEquals(BatchStatus.COMPLETED, BatchJobs.awaitEnd(third.get()));

        long firstId = first.get();
        JobRun run =
                monitor.recentRuns(20).stream()
                        .filter(r -> r.executionId() == firstId)
                        .findFirst()
                        .orElseThrow();
        assertEquals("COMPLETED", run.status());
        assertEquals(BatchJobsCatalog.STATISTICS_EXPORT, run.jobName());
        assertTrue(run.end() != null && !run.running() && !run.restartable());
    }

    @Test
    void theDeployedScheduleHasTheNextRunOfEveryScheduledJobWithinItsPeriod() {
        Instant now = Instant.now();
        Map<String, Instant> next = schedule.nextRuns();

        assertEquals(
                List.of(
                        BatchJobsCatalog.RETENTION,
                        BatchJobsCatalog.SLA_REMINDERS,
                        BatchJobsCatalog.STATISTICS_EXPORT),
                List.copyOf(next.keySet()));
        assertWithin(next.get(BatchJobsCatalog.RETENTION), now, Duration.ofHours(25));
        // From Friday after 07:00 the next working day is three days on.
        assertWithin(next.get(BatchJobsCatalog.SLA_REMINDERS), now, Duration.ofHours(73));
        assertWithin(next.get(BatchJobsCatalog.STATISTICS_EXPORT), now, Duration.ofDays(32));
    }

    private static void assertWithin(Instant run, Instant now, Duration period) {
        assertTrue(
                run.isAfter(now.minusSeconds(1)) && run.isBefore(now.plus(period)),
                run + " is not within " + period + " of " + now);
    }
}
