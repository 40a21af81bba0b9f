package fr.messagerie.platform.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Frees the job's lock when a run ends, whatever its outcome (listed in every job XML). */
@Named("jobLockRelease")
@Dependent
public class JobLockRelease extends AbstractJobListener {

    @Inject private JobContext job;
    @Inject private JobLock lock;

    @Override
    public void afterJob() {
        lock.release(job.getJobName());
    }
}
