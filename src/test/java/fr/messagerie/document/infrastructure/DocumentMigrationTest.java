package fr.messagerie.document.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.testsupport.MigratedH2;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The document tables on H2 in PostgreSQL mode, as the embedded run mode uses them: a file at the
 * default 10 MB limit fits in the BYTEA column and comes back byte for byte.
 */
class DocumentMigrationTest {

    private static Connection connection;

    @BeforeAll
    static void migrate() throws SQLException {
        connection = MigratedH2.open("documents");
    }

    @AfterAll
    static void drop() throws SQLException {
        MigratedH2.drop(connection);
    }

    @Test
    void aTenMegabyteFileIsStoredAndReadBackWhole() throws SQLException {
        byte[] content = new byte[10 * 1024 * 1024];
        Arrays.fill(content, (byte) 7);
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    "insert into account (id, login, kind, display_name, locale, active,"
                            + " sms_opt_in) values (1, 'c', 'CITIZEN', 'C', 'fr', true, false)");
        }
        try (PreparedStatement batch =
                connection.prepareStatement(
                        "insert into document_batch (id, reference, citizen_id, created_at)"
                                + " values (1, 'DOC-2026-AAAAAAAA', 1, ?)")) {
            batch.setObject(1, OffsetDateTime.now());
            batch.executeUpdate();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    "insert into document_file (id, batch_id, file_name, media_type, size_bytes,"
                            + " sha256, scan_status, position_in_batch) values (1, 1, 'a.pdf',"
                            + " 'application/pdf', 10, 'x', 'NOT_SCANNED', 0)");
        }
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "insert into document_content (file_id, content) values (1, ?)")) {
            insert.setBytes(1, content);
            insert.executeUpdate();
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery(
                                "select content from document_content where file_id = 1")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getBytes(1)).isEqualTo(content);
        }
    }
}
