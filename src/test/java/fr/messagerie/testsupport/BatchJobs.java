package fr.messagerie.testsupport;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.util.Properties;
import java.util.Set;

/** In-container helper: starts a job and polls until it ends (batch runs on its own threads). */
public final class BatchJobs {

    private static final Set<BatchStatus> ENDED =
            Set.of(
                    BatchStatus.COMPLETED,
                    BatchStatus.FAILED,
                    BatchStatus.STOPPED,
                    BatchStatus.ABANDONED);

    private BatchJobs() {}

    public static long start(String job, Properties params) {
        return BatchRuntime.getJobOperator().start(job, params);
    }

    public static long restart(long executionId, Properties params) {
        return BatchRuntime.getJobOperator().restart(executionId, params);
    }

    public static BatchStatus runToEnd(String job, Properties params) throws InterruptedException {
        return awaitEnd(start(job, params));
    }

    public static BatchStatus awaitEnd(long executionId) throws InterruptedException {
        JobOperator operator = BatchRuntime.getJobOperator();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            BatchStatus status = operator.getJobExecution(executionId).getBatchStatus();
            if (ENDED.contains(status)) {
                return status;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Job execution " + executionId + " did not end in time");
    }

    public static long writeCount(long executionId, String step) {
        for (StepExecution execution :
                BatchRuntime.getJobOperator().getStepExecutions(executionId)) {
            if (execution.getStepName().equals(step)) {
                for (Metric metric : execution.getMetrics()) {
                    if (metric.getType() == Metric.MetricType.WRITE_COUNT) {
                        return metric.getValue();
                    }
                }
            }
        }
        return 0;
    }
}
