package fr.messagerie.backoffice.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.backoffice.application.InboxFilter;
import fr.messagerie.backoffice.application.InboxSort;
import fr.messagerie.backoffice.application.InboxView;
import fr.messagerie.backoffice.domain.AgentScope;
import fr.messagerie.testsupport.MigratedH2;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inbox's statements run on the real migrations (H2, as in the demo and the container tests):
 * the urgency order split in two parts gives the same rows, in the same order, page after page, as
 * the single order it replaces.
 */
class InboxSqlOnH2Test {

    private static final Instant NOW = Instant.parse("2026-04-02T08:00:00Z");
    private static final AgentScope FAMILY = AgentScope.teams(Set.of(3L), true);
    private Connection connection;

    @BeforeEach
    void migrateAndSeed() throws SQLException {
        connection = MigratedH2.open("inbox");
        try (Statement sql = connection.createStatement()) {
            sql.execute(
                    "insert into account (id, login, kind, display_name, audience) values"
                            + " (90001, 'inbox-test', 'CITIZEN', 'Usager Test', 'PARTICULIER')");
        }
        // Unanswered open (A), answered or closed (B): due in days from now.
        conversation("A-LATER", "NEW", 2, false);
        conversation("A-SOONER", "IN_PROGRESS", 1, false);
        conversation("B-ANSWERED", "ANSWERED", -5, true);
        conversation("B-WAITING", "WAITING_CITIZEN", 0, true);
        conversation("B-CLOSED-ANSWERED", "CLOSED", -10, true);
        conversation("B-CLOSED-UNANSWERED", "CLOSED", -3, false);
    }

    @AfterEach
    void close() throws SQLException {
        MigratedH2.drop(connection);
    }

    @Test
    void openUnansweredComeFirstThenTheOthersEachByDeadline() throws SQLException {
        assertThat(references(InboxView.OPEN, true, 0, 20))
                .containsExactly("A-SOONER", "A-LATER", "B-ANSWERED", "B-WAITING");
    }

    @Test
    void pagesFollowEachOtherAcrossTheTwoParts() throws SQLException {
        List<String> all = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            all.addAll(references(InboxView.ALL, true, offset, 2));
        }

        assertThat(all)
                .containsExactly(
                        "A-SOONER",
                        "A-LATER",
                        "B-CLOSED-ANSWERED",
                        "B-ANSWERED",
                        "B-CLOSED-UNANSWERED",
                        "B-WAITING");
    }

    @Test
    void descendingIsTheExactReverse() throws SQLException {
        assertThat(references(InboxView.ALL, false, 0, 20))
                .containsExactly(
                        "B-WAITING",
                        "B-CLOSED-UNANSWERED",
                        "B-ANSWERED",
                        "B-CLOSED-ANSWERED",
                        "A-LATER",
                        "A-SOONER");
    }

    @Test
    void aCitizensNameOrAReferenceFindsTheirConversations() throws SQLException {
        assertThat(count(citizenOrReference("usager tes"))).isEqualTo(6);
        assertThat(count(citizenOrReference("b-answered"))).isEqualTo(1);
        assertThat(count(citizenOrReference("personne"))).isZero();
    }

    private static InboxFilter citizenOrReference(String wanted) {
        return new InboxFilter(
                InboxView.ALL, null, null, null, null, null, null, null, null, wanted, null);
    }

    private long count(InboxFilter filter) throws SQLException {
        try (ResultSet rows =
                run(InboxSql.of(filter, FAMILY, 7L, NOW, NOW.plusSeconds(86_400), false).count())) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void theCountCountsTheMatches() throws SQLException {
        InboxSql.Statement count = sql(InboxView.OPEN).count();
        try (ResultSet rows = run(count)) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(4);
        }
    }

    private List<String> references(InboxView view, boolean ascending, int offset, int limit)
            throws SQLException {
        List<String> references = new ArrayList<>();
        try (ResultSet rows = run(sql(view).page(InboxSort.URGENCY, ascending, offset, limit))) {
            while (rows.next()) {
                references.add(rows.getString(2));
            }
        }
        return references;
    }

    private static InboxSql sql(InboxView view) {
        return InboxSql.of(InboxFilter.of(view), FAMILY, 7L, NOW, NOW.plusSeconds(86_400), false);
    }

    private ResultSet run(InboxSql.Statement statement) throws SQLException {
        PreparedStatement prepared =
                connection.prepareStatement(statement.sql().replaceAll("\\?\\d+", "?"));
        for (int i = 0; i < statement.parameters().size(); i++) {
            prepared.setObject(i + 1, statement.parameters().get(i));
        }
        prepared.closeOnCompletion();
        return prepared.executeQuery();
    }

    private void conversation(String reference, String status, int dueInDays, boolean answered)
            throws SQLException {
        Instant created = NOW.minus(Duration.ofDays(20));
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "insert into conversation (id, reference, submission_token, citizen_id,"
                                + " audience, motif_id, team_id, status, created_at, updated_at,"
                                + " due_at, first_response_at, version) select"
                                + " next value for conversation_seq, ?, ?, 90001, 'PARTICULIER',"
                                + " min(id), 3, ?, ?, ?, ?, ?, 0 from motif where team_id = 3")) {
            insert.setString(1, reference);
            insert.setString(2, UUID.randomUUID().toString());
            insert.setString(3, status);
            insert.setObject(4, created.atOffset(ZoneOffset.UTC));
            insert.setObject(5, created.atOffset(ZoneOffset.UTC));
            insert.setObject(6, NOW.plus(Duration.ofDays(dueInDays)).atOffset(ZoneOffset.UTC));
            insert.setObject(
                    7, answered ? created.plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC) : null);
            insert.executeUpdate();
        }
    }
}
