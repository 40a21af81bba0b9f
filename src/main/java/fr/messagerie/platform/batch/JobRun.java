package fr.messagerie.platform.batch;

import java.io.Serializable;
import java.time.Instant;

/** One execution of a job as the admin page shows it, with its steps' counts summed. */
public record JobRun(
        long executionId,
        String jobName,
        String status,
        Instant start,
        Instant end,
        long readCount,
        long writeCount,
        long skipCount,
        String exitStatus,
        boolean running,
        boolean restartable)
        implements Serializable {}
