package fr.messagerie.conversation.infrastructure.batch;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.conversation.domain.RetentionPolicy;
import fr.messagerie.testsupport.MigratedH2;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The retention SQL on the real migrations (H2 in PostgreSQL mode): it selects what the policy
 * says, deletes the content, keeps the statistics facts, and a replayed chunk changes nothing.
 */
class RetentionSqlTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private final RetentionPolicy policy = RetentionPolicy.of(24, 30);
    private Connection connection;

    @BeforeEach
    void migrate() throws SQLException {
        connection = MigratedH2.open("retention");
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    "INSERT INTO account (id, login, kind, display_name) VALUES (1, 'c', 'CITIZEN',"
                            + " 'C')");
        }
    }

    @AfterEach
    void close() throws SQLException {
        MigratedH2.drop(connection);
    }

    @Test
    void selectsExactlyTheConversationsThePolicyAnonymises() throws SQLException {
        conversation(10, "CLOSED", NOW.minus(800, ChronoUnit.DAYS), NOW.minus(40, ChronoUnit.DAYS));
        conversation(11, "CLOSED", NOW.minus(800, ChronoUnit.DAYS), NOW.minus(10, ChronoUnit.DAYS));
        conversation(12, "CLOSED", NOW.minus(800, ChronoUnit.DAYS), null);
        conversation(13, "CLOSED", NOW.minus(100, ChronoUnit.DAYS), NOW.minus(40, ChronoUnit.DAYS));
        conversation(
                14, "ANSWERED", NOW.minus(800, ChronoUnit.DAYS), NOW.minus(40, ChronoUnit.DAYS));

        List<Long> ids =
                RetentionSql.anonymisableAfter(
                        connection,
                        0,
                        policy.closedBeforeForAnonymisation(NOW),
                        policy.warnedBeforeForAnonymisation(NOW),
                        100);
        List<Long> warn =
                RetentionSql.toWarnAfter(connection, 0, policy.closedBeforeForWarning(NOW), 100)
                        .stream()
                        .map(RetentionSql.WarningCandidate::conversationId)
                        .toList();

        assertThat(ids).containsExactly(10L);
        assertThat(warn).containsExactly(12L);
    }

    @Test
    void anonymisingDeletesTheContentKeepsTheFactsAndAReplayChangesNothing() throws SQLException {
        conversation(20, "CLOSED", NOW.minus(800, ChronoUnit.DAYS), NOW.minus(40, ChronoUnit.DAYS));
        conversation(21, "CLOSED", NOW.minus(800, ChronoUnit.DAYS), NOW.minus(40, ChronoUnit.DAYS));

        assertThat(RetentionSql.anonymise(connection, List.of(20L, 21L), NOW)).isEqualTo(2);
        assertThat(RetentionSql.anonymise(connection, List.of(20L, 21L), NOW)).isZero();

        assertThat(count("SELECT COUNT(*) FROM message WHERE conversation_id IN (20, 21)"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM notification WHERE conversation_id IN (20, 21)"))
                .isZero();
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM conversation WHERE id IN (20, 21) AND"
                                        + " citizen_id IS NULL AND motif_id IS NOT NULL AND"
                                        + " anonymised_at IS NOT NULL AND status = 'CLOSED'"))
                .isEqualTo(2);
        assertThat(
                        RetentionSql.anonymisableAfter(
                                connection,
                                0,
                                policy.closedBeforeForAnonymisation(NOW),
                                policy.warnedBeforeForAnonymisation(NOW),
                                100))
                .isEmpty();
    }

    @Test
    void aWarningIsRecordedOnlyOnce() throws SQLException {
        conversation(30, "CLOSED", NOW.minus(800, ChronoUnit.DAYS), null);
        assertThat(RetentionSql.recordWarning(connection, 30, NOW)).isTrue();
        assertThat(RetentionSql.recordWarning(connection, 30, NOW)).isFalse();
    }

    private void conversation(long id, String status, Instant closedAt, Instant warnedAt)
            throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "INSERT INTO conversation (id, reference, submission_token, citizen_id,"
                                + " audience, motif_id, team_id, status, created_at, updated_at,"
                                + " due_at, closed_at, retention_warned_at) SELECT ?, ?, ?, 1,"
                                + " 'PARTICULIER', m.id, m.team_id, ?, ?, ?, ?, ?, ? FROM motif m"
                                + " ORDER BY m.id LIMIT 1")) {
            insert.setLong(1, id);
            insert.setString(2, "REF-" + id);
            insert.setString(3, UUID.randomUUID().toString());
            insert.setString(4, status);
            insert.setObject(5, closedAt.minus(5, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC));
            insert.setObject(6, closedAt.atOffset(ZoneOffset.UTC));
            insert.setObject(7, closedAt.atOffset(ZoneOffset.UTC));
            insert.setObject(8, closedAt.atOffset(ZoneOffset.UTC));
            insert.setObject(9, warnedAt == null ? null : warnedAt.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        try (PreparedStatement message =
                connection.prepareStatement(
                        "INSERT INTO message (id, conversation_id, author_kind, author_id, body,"
                                + " created_at) VALUES (?, ?, 'CITIZEN', 1, 'texte', ?)")) {
            message.setLong(1, id);
            message.setLong(2, id);
            message.setObject(3, closedAt.atOffset(ZoneOffset.UTC));
            message.executeUpdate();
        }
        try (PreparedStatement notification =
                connection.prepareStatement(
                        "INSERT INTO notification (id, kind, channel, account_id, conversation_id,"
                                + " status, next_attempt_at, created_at) VALUES (?,"
                                + " 'ACKNOWLEDGEMENT', 'MAIL', 1, ?, 'SENT', ?, ?)")) {
            notification.setString(1, UUID.randomUUID().toString());
            notification.setLong(2, id);
            notification.setObject(3, closedAt.atOffset(ZoneOffset.UTC));
            notification.setObject(4, closedAt.atOffset(ZoneOffset.UTC));
            notification.executeUpdate();
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
