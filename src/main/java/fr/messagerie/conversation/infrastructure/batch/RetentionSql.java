package fr.messagerie.conversation.infrastructure.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The retention job's SQL on a plain JDBC connection, so that the job inside the server and the
 * benchmark outside it run exactly the same statements. Portable between PostgreSQL and H2.
 */
public final class RetentionSql {

    private RetentionSql() {}

    /** A conversation to warn and the citizen to warn. */
    public record WarningCandidate(long conversationId, long citizenId)
            implements java.io.Serializable {}

    /** Next ids to anonymise after {@code afterId}, in id order (the reader's checkpoint). */
    public static List<Long> anonymisableAfter(
            Connection connection,
            long afterId,
            Instant closedBefore,
            Instant warnedBefore,
            int limit)
            throws SQLException {
        String sql =
                "SELECT id FROM conversation WHERE status = 'CLOSED' AND anonymised_at IS NULL"
                        + " AND closed_at < ? AND retention_warned_at < ? AND id > ?"
                        + " ORDER BY id LIMIT ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, utc(closedBefore));
            statement.setObject(2, utc(warnedBefore));
            statement.setLong(3, afterId);
            statement.setInt(4, limit);
            List<Long> ids = new ArrayList<>(limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    /** Next conversations whose citizen must be warned, after {@code afterId}, in id order. */
    public static List<WarningCandidate> toWarnAfter(
            Connection connection, long afterId, Instant closedBefore, int limit)
            throws SQLException {
        String sql =
                "SELECT id, citizen_id FROM conversation WHERE status = 'CLOSED'"
                        + " AND anonymised_at IS NULL AND retention_warned_at IS NULL"
                        + " AND citizen_id IS NOT NULL AND closed_at < ? AND id > ?"
                        + " ORDER BY id LIMIT ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, utc(closedBefore));
            statement.setLong(2, afterId);
            statement.setInt(3, limit);
            List<WarningCandidate> candidates = new ArrayList<>(limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    candidates.add(new WarningCandidate(rows.getLong(1), rows.getLong(2)));
                }
            }
            return candidates;
        }
    }

    /**
     * Records the warning unless another run already did: true when this call is the one that
     * warns, so the mail is enqueued at most once per conversation.
     */
    public static boolean recordWarning(Connection connection, long conversationId, Instant now)
            throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement(
                        "UPDATE conversation SET retention_warned_at = ?"
                                + " WHERE id = ? AND retention_warned_at IS NULL")) {
            statement.setObject(1, utc(now));
            statement.setLong(2, conversationId);
            return statement.executeUpdate() == 1;
        }
    }

    /**
     * Anonymises a chunk with three set-based statements: the content goes, the row stays with its
     * non-personal facts. The guard on {@code anonymised_at} makes a replayed chunk change nothing.
     *
     * @return how many conversations this call anonymised
     */
    public static int anonymise(Connection connection, List<Long> ids, Instant now)
            throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        execute(
                connection,
                "DELETE FROM notification WHERE conversation_id IN (" + in + ")",
                ids,
                null);
        execute(connection, "DELETE FROM message WHERE conversation_id IN (" + in + ")", ids, null);
        return execute(
                connection,
                "UPDATE conversation SET citizen_id = NULL, assignee_id = NULL,"
                        + " hidden_by_citizen = FALSE, anonymised_at = ?, version = version + 1"
                        + " WHERE anonymised_at IS NULL AND id IN ("
                        + in
                        + ")",
                ids,
                now);
    }

    private static int execute(Connection connection, String sql, List<Long> ids, Instant first)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            if (first != null) {
                statement.setObject(index++, utc(first));
            }
            for (Long id : ids) {
                statement.setLong(index++, id);
            }
            return statement.executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
