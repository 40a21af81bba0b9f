package fr.messagerie.platform.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;

/** Recent executions of the application's jobs, read from the batch runtime's job repository. */
@ApplicationScoped
public class JobMonitor {

    private static final Set<BatchStatus> RUNNING =
            Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);
    private static final Set<BatchStatus> RESTARTABLE =
            Set.of(BatchStatus.FAILED, BatchStatus.STOPPED);

    /** The latest {@code instancesPerJob} runs of every job, newest first. */
    public List<JobRun> recentRuns(int instancesPerJob) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobRun> runs = new ArrayList<>();
        for (String job : BatchJobsCatalog.ALL) {
            for (JobInstance instance : instances(operator, job, instancesPerJob)) {
                List<JobExecution> executions = operator.getJobExecutions(instance);
                long latest =
                        executions.stream()
                                .mapToLong(JobExecution::getExecutionId)
                                .max()
                                .orElse(-1);
                for (JobExecution execution : executions) {
                    runs.add(run(operator, execution, execution.getExecutionId() == latest));
                }
            }
        }
        runs.sort(Comparator.comparingLong(JobRun::executionId).reversed());
        return runs;
    }

    private static List<JobInstance> instances(JobOperator operator, String job, int count) {
        try {
            return operator.getJobInstances(job, 0, count);
        } catch (NoSuchJobException neverRan) {
            return List.of();
        }
    }

    private static JobRun run(JobOperator operator, JobExecution execution, boolean latest) {
        long read = 0;
        long write = 0;
        long skip = 0;
        for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
            Metric[] metrics = step.getMetrics();
            if (metrics == null) {
                continue;
            }
            for (Metric metric : metrics) {
                switch (metric.getType()) {
                    case READ_COUNT -> read += metric.getValue();
                    case WRITE_COUNT -> write += metric.getValue();
                    case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT ->
                            skip += metric.getValue();
                    default -> {}
                }
            }
        }
        BatchStatus status = execution.getBatchStatus();
        return new JobRun(
                execution.getExecutionId(),
                execution.getJobName(),
                status.name(),
                instant(execution.getStartTime()),
                instant(execution.getEndTime()),
                read,
                write,
                skip,
                execution.getExitStatus(),
                RUNNING.contains(status),
                latest && RESTARTABLE.contains(status));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
