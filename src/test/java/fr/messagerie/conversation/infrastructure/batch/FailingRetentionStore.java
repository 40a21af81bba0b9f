package fr.messagerie.conversation.infrastructure.batch;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Fault injection for {@link RetentionJobIT}, deployed only with that test (never in the WAR, and
 * no job parameter exists for it in production): when armed, the Nth chunk write runs its SQL and
 * then fails before the chunk commits, as a database or server failure in the middle of a chunk
 * would. Every call's ids are recorded so the test can check that each item was written once.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
public class FailingRetentionStore extends RetentionStore {

    /** Record of one writer call. */
    public record Call(List<Long> ids, boolean failed) {}

    private static final List<Call> CALLS = new ArrayList<>();
    private static int failOnCall;

    /** Arms the failure for the {@code n}th call from now (0 disarms); forgets earlier calls. */
    public static synchronized void failOnCall(int n) {
        CALLS.clear();
        failOnCall = n;
    }

    public static synchronized List<Call> calls() {
        return List.copyOf(CALLS);
    }

    @Override
    public int anonymise(List<Long> ids, Instant now) {
        int anonymised = super.anonymise(ids, now);
        synchronized (FailingRetentionStore.class) {
            boolean fail = failOnCall > 0 && CALLS.size() + 1 == failOnCall;
            CALLS.add(new Call(List.copyOf(ids), fail));
            if (fail) {
                failOnCall = 0;
                throw new IllegalStateException("simulated failure in the middle of a chunk");
            }
        }
        return anonymised;
    }
}
