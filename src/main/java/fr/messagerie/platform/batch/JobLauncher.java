package fr.messagerie.platform.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts and restarts jobs for the schedule and the admin page, never two runs of one job at once
 * in the whole cluster: the job lock is taken first, and released by {@link JobLockRelease} when
 * the run ends (or expires after {@link JobLock#LEASE} if this instance dies).
 */
@ApplicationScoped
public class JobLauncher {

    private static final Logger LOG = Logger.getLogger(JobLauncher.class.getName());

    @Inject private JobLock lock;

    /** The new execution id, or empty when another run of the job holds the lock. */
    public Optional<Long> start(String job, Properties parameters) {
        if (!lock.tryAcquire(job)) {
            LOG.info(() -> "Job " + job + " not started: another run holds the lock");
            return Optional.empty();
        }
        try {
            long execution = operator().start(job, parameters);
            LOG.info(() -> "Job " + job + " started, execution " + execution);
            return Optional.of(execution);
        } catch (RuntimeException e) {
            lock.release(job);
            throw e;
        }
    }

    public Optional<Long> restart(long executionId) {
        JobOperator operator = operator();
        String job = operator.getJobExecution(executionId).getJobName();
        if (!lock.tryAcquire(job)) {
            return Optional.empty();
        }
        try {
            Properties parameters = operator.getParameters(executionId);
            long execution =
                    operator.restart(
                            executionId, parameters == null ? new Properties() : parameters);
            LOG.info(() -> "Job " + job + " restarted, execution " + execution);
            return Optional.of(execution);
        } catch (RuntimeException e) {
            lock.release(job);
            throw e;
        }
    }

    public void stop(long executionId) {
        operator().stop(executionId);
        LOG.info(() -> "Stop requested for job execution " + executionId);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
