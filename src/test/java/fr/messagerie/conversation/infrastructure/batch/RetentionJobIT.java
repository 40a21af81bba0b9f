package fr.messagerie.conversation.infrastructure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.testsupport.BatchJobs;
import fr.messagerie.testsupport.Deployments;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention job on generated data, inside the server: it warns once, anonymises what the policy
 * says and nothing else, and after a failure in the middle of a chunk a restart finishes the work
 * with every conversation written exactly once.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionJobIT {

    // Ids far above what the sequences hand out during a test run, so seeding never collides.
    private static final AtomicLong IDS =
            new AtomicLong(900_000_000L + System.nanoTime() % 1000 * 10_000);

    @PersistenceContext private EntityManager entityManager;

    @Resource(lookup = "java:comp/UserTransaction")
    private UserTransaction transaction;

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWar(FailingRetentionStore.class, BatchJobs.class);
    }

    @Test
    void warnsOnceThenAnonymisesOnlyConversationsPastRetentionAndNotice() throws Exception {
        FailingRetentionStore.failOnCall(0);
        Instant now = Instant.now();
        List<Long> expired = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            expired.add(seed(now.minus(800, ChronoUnit.DAYS), now.minus(40, ChronoUnit.DAYS)));
        }
        long neverWarned = seed(now.minus(800, ChronoUnit.DAYS), null);
        long recent = seed(now.minus(100, ChronoUnit.DAYS), null);

        assertEquals(BatchStatus.COMPLETED, BatchJobs.runToEnd("conversation-retention", params()));

        for (long id : expired) {
            assertNotNull(column(id, "anonymised_at"), "anonymised " + id);
            assertNull(column(id, "citizen_id"), "citizen link removed " + id);
            assertNotNull(column(id, "motif_id"), "motif kept for statistics " + id);
            assertEquals(0L, count("message", id));
            assertEquals(0L, count("notification", id));
        }
        assertNull(column(neverWarned, "anonymised_at"), "never warned: not deleted yet");
        assertNotNull(column(neverWarned, "retention_warned_at"));
        assertEquals(1L, warnings(neverWarned));
        assertEquals(1L, count("message", neverWarned));
        assertNull(column(recent, "retention_warned_at"));
        assertEquals(1L, count("message", recent));

        assertEquals(BatchStatus.COMPLETED, BatchJobs.runToEnd("conversation-retention", params()));
        assertEquals(1L, warnings(neverWarned), "a second run sends no second warning");
    }

    @Test
    void aFailureInTheMiddleOfAChunkThenARestartAnonymisesEachConversationExactlyOnce()
            throws Exception {
        Instant now = Instant.now();
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            mine.add(seed(now.minus(900, ChronoUnit.DAYS), now.minus(60, ChronoUnit.DAYS)));
        }
        FailingRetentionStore.failOnCall(3);

        long first = BatchJobs.start("conversation-retention", params());
        assertEquals(BatchStatus.FAILED, BatchJobs.awaitEnd(first));
        List<FailingRetentionStore.Call> beforeRestart = FailingRetentionStore.calls();
        FailingRetentionStore.Call failed = beforeRestart.get(beforeRestart.size() - 1);
        assertTrue(failed.failed());
        for (long id : failed.ids()) {
            assertNull(column(id, "anonymised_at"), "the failed chunk rolled back " + id);
            assertEquals(1L, count("message", id), "messages of the failed chunk kept " + id);
        }

        long restarted = BatchJobs.restart(first, params());
        assertEquals(BatchStatus.COMPLETED, BatchJobs.awaitEnd(restarted));

        Map<Long, Integer> writes = new HashMap<>();
        long committedItems = 0;
        for (FailingRetentionStore.Call call : FailingRetentionStore.calls()) {
            if (!call.failed()) {
                committedItems += call.ids().size();
                call.ids().forEach(id -> writes.merge(id, 1, Integer::sum));
            }
        }
        for (long id : mine) {
            assertEquals(1, writes.getOrDefault(id, 0), "written exactly once: " + id);
            assertNotNull(column(id, "anonymised_at"));
            assertEquals(0L, count("message", id));
        }
        assertEquals(
                committedItems,
                BatchJobs.writeCount(first, "anonymise")
                        + BatchJobs.writeCount(restarted, "anonymise"),
                "the step metrics count each committed item once across both executions");
    }

    private static Properties params() {
        Properties params = new Properties();
        params.setProperty("chunkSize", "5");
        params.setProperty("pageSize", "7");
        return params;
    }

    private long seed(Instant closedAt, Instant warnedAt) throws Exception {
        long id = IDS.incrementAndGet();
        transaction.begin();
        entityManager.joinTransaction();
        long citizen =
                entityManager
                        .createQuery("select a.id from Account a where a.login = :l", Long.class)
                        .setParameter("l", DemoAccounts.PARTICULIER)
                        .getSingleResult();
        entityManager
                .createNativeQuery(
                        "INSERT INTO conversation (id, reference, submission_token, citizen_id,"
                                + " audience, motif_id, team_id, status, created_at, updated_at,"
                                + " due_at, closed_at, retention_warned_at) SELECT ?, ?, ?, ?,"
                                // A null bound without a type reaches PostgreSQL as varchar.
                                + " 'PARTICULIER', m.id, m.team_id, 'CLOSED', ?, ?, ?, ?,"
                                + " CAST(? AS TIMESTAMP WITH TIME ZONE) FROM"
                                + " motif m ORDER BY m.id LIMIT 1")
                .setParameter(1, id)
                .setParameter(2, "RT" + id)
                .setParameter(3, UUID.randomUUID().toString())
                .setParameter(4, citizen)
                .setParameter(5, closedAt.minus(10, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC))
                .setParameter(6, closedAt.atOffset(ZoneOffset.UTC))
                .setParameter(7, closedAt.atOffset(ZoneOffset.UTC))
                .setParameter(8, closedAt.atOffset(ZoneOffset.UTC))
                .setParameter(9, warnedAt == null ? null : warnedAt.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        entityManager
                .createNativeQuery(
                        "INSERT INTO message (id, conversation_id, author_kind, author_id, body,"
                                + " created_at) VALUES (?, ?, 'CITIZEN', ?, 'Contenu généré', ?)")
                .setParameter(1, id)
                .setParameter(2, id)
                .setParameter(3, citizen)
                .setParameter(4, closedAt.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        transaction.commit();
        return id;
    }

    private Object column(long id, String column) {
        entityManager.clear();
        return entityManager
                .createNativeQuery("SELECT " + column + " FROM conversation WHERE id = ?")
                .setParameter(1, id)
                .getSingleResult();
    }

    private long count(String table, long conversationId) {
        return ((Number)
                        entityManager
                                .createNativeQuery(
                                        "SELECT COUNT(*) FROM "
                                                + table
                                                + " WHERE conversation_id = ?")
                                .setParameter(1, conversationId)
                                .getSingleResult())
                .longValue();
    }

    private long warnings(long conversationId) {
        return ((Number)
                        entityManager
                                .createNativeQuery(
                                        "SELECT COUNT(*) FROM notification WHERE conversation_id"
                                                + " = ? AND kind = 'RETENTION_WARNING'")
                                .setParameter(1, conversationId)
                                .getSingleResult())
                .longValue();
    }
}
