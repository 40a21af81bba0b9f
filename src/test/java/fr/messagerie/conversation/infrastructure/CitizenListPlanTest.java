package fr.messagerie.conversation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.testsupport.MigratedH2;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The citizen's lists (conversations, documents, appointment requests) on the migrated H2 schema:
 * with a history of 500 rows, the plan reads one page in index order instead of the whole history
 * then a sort. The statements are those EclipseLink prints for the repositories' queries (ORDER BY
 * naming the citizen first, a date bound a day ahead); a query or an index that drops a column
 * loses "index sorted" and fails here.
 */
class CitizenListPlanTest {

    private static Connection connection;

    @BeforeAll
    static void migrate() throws SQLException {
        connection = MigratedH2.open("citizen-lists");
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    "insert into account (id, login, kind, display_name, locale, active,"
                            + " sms_opt_in) values (7, 'c', 'CITIZEN', 'C', 'fr', true, false)");
            statement.execute(
                    "insert into document_batch (id, reference, citizen_id, created_at) select"
                        + " \"X\", 'DOC-' || \"X\", 7, timestamp with time zone '2026-01-01"
                        + " 00:00:00+00' + \"X\" * interval '1' minute from system_range(1, 500)");
            statement.execute(
                    "insert into appointment (id, reference, citizen_id, motif_id, team_id,"
                            + " channel, phone, preferred_slots, status, created_at, updated_at)"
                            + " select \"X\", 'RDV-' || \"X\", 7, (select min(id) from motif),"
                            + " (select min(id) from team), 'PHONE', '0600000000', 's',"
                            + " 'REQUESTED', timestamp with time zone '2026-01-01 00:00:00+00'"
                            + " + \"X\" * interval '1' minute, current_timestamp"
                            + " from system_range(1, 500)");
            // What H2 does by itself after 2,000 changes to a table (ANALYZE_AUTO).
            statement.execute("analyze");
        }
    }

    @AfterAll
    static void drop() throws SQLException {
        MigratedH2.drop(connection);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "conversation_citizen_idx | select id, reference from conversation where citizen_id"
                        + " = 7 and created_at < timestamp with time zone '2100-01-01 00:00:00+00'"
                        + " and hidden_by_citizen = false"
                        + " order by citizen_id, created_at desc, id desc limit 20",
                "document_batch_citizen_idx | select id, reference from document_batch where"
                        + " citizen_id = 7 and created_at < timestamp with time zone '2100-01-01"
                        + " 00:00:00+00' order by citizen_id, created_at desc, id desc limit 20",
                "appointment_citizen_idx | select id, reference from appointment where citizen_id ="
                    + " 7 and created_at < timestamp with time zone '2100-01-01 00:00:00+00' order"
                    + " by citizen_id, created_at desc, id desc limit 20"
            })
    void aCitizenListReadsOnePageInIndexOrder(String index, String query) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet plan = statement.executeQuery("explain " + query)) {
            plan.next();
            assertThat(plan.getString(1)).contains("public." + index).contains("index sorted");
        }
    }
}
