package fr.messagerie.referential.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.referential.domain.ReferentialCsv;
import fr.messagerie.testsupport.MigratedH2;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The import's upserts on the real migrations (H2 in PostgreSQL mode). */
class ReferentialUpsertSqlTest {

    private Connection connection;

    @BeforeEach
    void migrate() throws SQLException {
        connection = MigratedH2.open("import");
    }

    @AfterEach
    void close() throws SQLException {
        MigratedH2.drop(connection);
    }

    @Test
    void createsNewEntriesAndUpdatesExistingOnesByCode() throws SQLException {
        String file =
                ReferentialCsv.HEADER
                        + "\n"
                        + "EQUIPE;RETRAITE;Équipe Retraite renommée;Retirement team;;;;;;;;;\n"
                        + "THEME;THEME_NOUVEAU;Nouveau;New;;5;;;;;;PARTICULIER;\n"
                        + "SUJET;SUJET_NOUVEAU;Sujet;Subject;THEME_NOUVEAU;1;;;;;;;\n"
                        + "MOTIF;MOTIF_NOUVEAU;Motif;Motif;SUJET_NOUVEAU;1;RETRAITE;SVC_ATTESTATIONS;4;;;;\n";
        ReferentialCsv.Result result =
                ReferentialCsv.read(
                        file,
                        (kind, code) -> {
                            try {
                                return ReferentialUpsertSql.exists(connection, kind, code);
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        });
        assertThat(result.problems()).isEmpty();

        assertThat(ReferentialUpsertSql.apply(connection, result.rows())).isEqualTo(3);

        assertThat(text("SELECT label_fr FROM team WHERE code = 'RETRAITE'"))
                .isEqualTo("Équipe Retraite renommée");
        assertThat(
                        text(
                                "SELECT t.code FROM motif m JOIN team t ON t.id = m.team_id"
                                        + " JOIN subject s ON s.id = m.subject_id"
                                        + " WHERE m.code = 'MOTIF_NOUVEAU' AND s.code ="
                                        + " 'SUJET_NOUVEAU' AND m.sla_working_days = 4"))
                .isEqualTo("RETRAITE");
        assertThat(
                        text(
                                "SELECT a.audience FROM theme_audience a JOIN theme t ON t.id ="
                                        + " a.theme_id WHERE t.code = 'THEME_NOUVEAU'"))
                .isEqualTo("PARTICULIER");
        assertThat(ReferentialUpsertSql.apply(connection, result.rows()))
                .as("a second import of the same file creates nothing")
                .isZero();
    }

    private String text(String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
