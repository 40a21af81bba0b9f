package fr.messagerie.bench;

import fr.messagerie.conversation.domain.RetentionPolicy;
import fr.messagerie.conversation.infrastructure.batch.RetentionSql;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * The retention job's chunk loop against one set-based SQL delete, on PostgreSQL.
 *
 * <p>Runs outside the server, on purpose: it drives the job's own {@link RetentionSql} statements
 * (the reader's page query and the writer's three set-based statements, one commit per chunk, as
 * the batch runtime does) so the figure is the SQL's, without the server's per-chunk bookkeeping
 * (the job repository's checkpoint write), which adds a little per chunk. Creates a throwaway
 * database, seeds closed conversations (each with two messages and one notification), and drops the
 * database at the end.
 *
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=fr.messagerie.bench.RetentionBenchmark \
 *     [-Dbench.conversations=100000] [-Dbench.chunk=100] [-Dbench.page=500]
 * </pre>
 *
 * PostgreSQL at 127.0.0.1:5432, user postgres, trust authentication ({@code -Dbench.url} and {@code
 * -Dbench.user} to change).
 */
public final class RetentionBenchmark {

    private static final String SERVER =
            System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("bench.user", "postgres");
    private static final int CONVERSATIONS = Integer.getInteger("bench.conversations", 100_000);
    private static final int CHUNK = Integer.getInteger("bench.chunk", 100);
    private static final int PAGE = Integer.getInteger("bench.page", 500);

    private RetentionBenchmark() {}

    public static void main(String[] args) throws Exception {
        String database = "messagerie_bench_" + UUID.randomUUID().toString().substring(0, 8);
        admin("CREATE DATABASE " + database);
        try {
            String url = SERVER + database;
            Flyway.configure().dataSource(url, USER, "").load().migrate();
            try (Connection connection = DriverManager.getConnection(url, USER, "")) {
                Instant now = Instant.now();
                RetentionPolicy policy = RetentionPolicy.of(24, 30);
                System.out.printf(
                        Locale.ROOT,
                        "Retention benchmark: %d closed conversations (2 messages and 1"
                                + " notification each), chunk %d, page %d, PostgreSQL%n",
                        CONVERSATIONS,
                        CHUNK,
                        PAGE);

                seed(connection, now);
                long started = System.nanoTime();
                int anonymised = chunked(connection, policy, now);
                double chunkedSeconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(
                        Locale.ROOT,
                        "Chunked job SQL : %d conversations in %.2f s = %.0f items/s%n",
                        anonymised,
                        chunkedSeconds,
                        anonymised / chunkedSeconds);

                seed(connection, now);
                started = System.nanoTime();
                int setBased = setBased(connection, policy, now);
                double setSeconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(
                        Locale.ROOT,
                        "One set-based SQL: %d conversations in %.2f s = %.0f items/s%n",
                        setBased,
                        setSeconds,
                        setBased / setSeconds);
                System.out.printf(
                        Locale.ROOT,
                        "Chunked / set-based time: %.1fx%n",
                        chunkedSeconds / setSeconds);
            }
        } finally {
            admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** The job's loop: read a page of ids after the checkpoint, write chunk by chunk, commit. */
    private static int chunked(Connection connection, RetentionPolicy policy, Instant now)
            throws SQLException {
        connection.setAutoCommit(false);
        Instant closedBefore = policy.closedBeforeForAnonymisation(now);
        Instant warnedBefore = policy.warnedBeforeForAnonymisation(now);
        long checkpoint = 0;
        int total = 0;
        while (true) {
            List<Long> page =
                    RetentionSql.anonymisableAfter(
                            connection, checkpoint, closedBefore, warnedBefore, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (int from = 0; from < page.size(); from += CHUNK) {
                List<Long> chunk = page.subList(from, Math.min(from + CHUNK, page.size()));
                total += RetentionSql.anonymise(connection, chunk, now);
                connection.commit();
                checkpoint = chunk.get(chunk.size() - 1);
            }
        }
        connection.setAutoCommit(true);
        return total;
    }

    /** The same three statements over every eligible row at once, in one transaction. */
    private static int setBased(Connection connection, RetentionPolicy policy, Instant now)
            throws SQLException {
        String eligible =
                "SELECT id FROM conversation WHERE status = 'CLOSED' AND anonymised_at IS NULL"
                        + " AND closed_at < ? AND retention_warned_at < ?";
        connection.setAutoCommit(false);
        int anonymised;
        try (PreparedStatement notifications =
                        connection.prepareStatement(
                                "DELETE FROM notification WHERE conversation_id IN ("
                                        + eligible
                                        + ")");
                PreparedStatement messages =
                        connection.prepareStatement(
                                "DELETE FROM message WHERE conversation_id IN (" + eligible + ")");
                PreparedStatement conversations =
                        connection.prepareStatement(
                                "UPDATE conversation SET citizen_id = NULL, assignee_id = NULL,"
                                        + " hidden_by_citizen = FALSE, anonymised_at = ?,"
                                        + " version = version + 1 WHERE id IN ("
                                        + eligible
                                        + ")")) {
            for (PreparedStatement statement : List.of(notifications, messages)) {
                statement.setObject(
                        1, policy.closedBeforeForAnonymisation(now).atOffset(ZoneOffset.UTC));
                statement.setObject(
                        2, policy.warnedBeforeForAnonymisation(now).atOffset(ZoneOffset.UTC));
                statement.executeUpdate();
            }
            conversations.setObject(1, now.atOffset(ZoneOffset.UTC));
            conversations.setObject(
                    2, policy.closedBeforeForAnonymisation(now).atOffset(ZoneOffset.UTC));
            conversations.setObject(
                    3, policy.warnedBeforeForAnonymisation(now).atOffset(ZoneOffset.UTC));
            anonymised = conversations.executeUpdate();
        }
        connection.commit();
        connection.setAutoCommit(true);
        return anonymised;
    }

    /** Fresh data: the previous round's rows go, then closed, warned conversations come back. */
    private static void seed(Connection connection, Instant now) throws SQLException {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM notification");
            statement.execute("DELETE FROM message");
            statement.execute("DELETE FROM conversation");
            statement.execute("DELETE FROM account");
            statement.execute(
                    "INSERT INTO account (id, login, kind, display_name) VALUES (1, 'bench',"
                            + " 'CITIZEN', 'Bench')");
        }
        Instant closed = now.minusSeconds(900L * 24 * 3600);
        Instant warned = now.minusSeconds(60L * 24 * 3600);
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "INSERT INTO conversation (id, reference, submission_token, citizen_id,"
                                + " audience, motif_id, team_id, status, created_at, updated_at,"
                                + " due_at, closed_at, retention_warned_at)"
                                + " SELECT g, 'B' || g, md5(g::text), 1, 'PARTICULIER', m.id,"
                                + " m.team_id, 'CLOSED', ?, ?, ?, ?, ?"
                                + " FROM generate_series(1, ?) g,"
                                + " (SELECT id, team_id FROM motif ORDER BY id LIMIT 1) m")) {
            insert.setObject(1, closed.atOffset(ZoneOffset.UTC));
            insert.setObject(2, closed.atOffset(ZoneOffset.UTC));
            insert.setObject(3, closed.atOffset(ZoneOffset.UTC));
            insert.setObject(4, closed.atOffset(ZoneOffset.UTC));
            insert.setObject(5, warned.atOffset(ZoneOffset.UTC));
            insert.setInt(6, CONVERSATIONS);
            insert.executeUpdate();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    "INSERT INTO message (id, conversation_id, author_kind, author_id, body,"
                            + " created_at) SELECT c.id * 2 + k, c.id, 'CITIZEN', 1,"
                            + " 'Texte de benchmark', c.created_at FROM conversation c,"
                            + " generate_series(0, 1) k");
            statement.execute(
                    "INSERT INTO notification (id, kind, channel, account_id, conversation_id,"
                            + " status, next_attempt_at, created_at) SELECT md5('n' || c.id),"
                            + " 'ACKNOWLEDGEMENT', 'MAIL', 1, c.id, 'SENT', c.created_at,"
                            + " c.created_at FROM conversation c");
            statement.execute("ANALYZE");
        }
        System.out.printf(Locale.ROOT, "Seeded in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
