package fr.messagerie.referential.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.testsupport.MigratedH2;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the real migrations on an embedded H2 in PostgreSQL mode, the same settings the embedded run
 * mode uses, so the seed data is proven without starting a server. The labels asserted here are the
 * ones the user guide shows: if the seed drifts from the guide, this test says where.
 */
class ReferentialMigrationTest {

    private static final List<String> GUIDE_THEMES =
            List.of(
                    "Santé",
                    "Invalidité",
                    "Famille, logement",
                    "RSA, Prime d'activité",
                    "Handicap",
                    "Retraite",
                    "Exploitants, cotisations");

    private static final List<String> EMPLOYER_THEMES =
            List.of(
                    "Cotisations employeur",
                    "Embauche et déclarations",
                    "Protection sociale des salariés");

    private static Connection connection;

    @BeforeAll
    static void migrateAFreshDatabase() throws SQLException {
        connection = MigratedH2.open("referential");
    }

    @AfterAll
    static void dropTheDatabase() throws SQLException {
        MigratedH2.drop(connection);
    }

    @Test
    void individualsSeeTheGuidesSevenThemesInTheGuidesOrder() throws SQLException {
        assertThat(themesFor("PARTICULIER")).containsExactlyElementsOf(GUIDE_THEMES);
    }

    @Test
    void farmOperatorsSeeTheSameSevenThemesAsIndividuals() throws SQLException {
        assertThat(themesFor("EXPLOITANT")).containsExactlyElementsOf(GUIDE_THEMES);
    }

    @Test
    void employerThemesAreOfferedToEmployersAndNotToIndividuals() throws SQLException {
        assertThat(themesFor("EMPLOYEUR")).containsExactlyElementsOf(EMPLOYER_THEMES);
        assertThat(themesFor("PARTICULIER")).doesNotContainAnyElementsOf(EMPLOYER_THEMES);
    }

    @Test
    void familleLogementOffersTheGuidesFiveSubjectsInOrder() throws SQLException {
        assertThat(
                        strings(
                                "SELECT s.label_fr FROM subject s JOIN theme t ON t.id = s.theme_id"
                                        + " WHERE t.label_fr = ? ORDER BY s.sort_order",
                                "Famille, logement"))
                .containsExactly(
                        "Paiements et décomptes \"famille\"",
                        "Attestations \"famille\"",
                        "Allocations familiales",
                        "Aides au logement",
                        "Aides Sociales (secours, prêts)");
    }

    @Test
    void allocationsFamilialesOffersTheGuidesEightMotifsInOrder() throws SQLException {
        assertThat(
                        strings(
                                "SELECT m.label_fr FROM motif m JOIN subject s ON s.id ="
                                    + " m.subject_id WHERE s.label_fr = ? ORDER BY m.sort_order",
                                "Allocations familiales"))
                .containsExactly(
                        "Paiements et décomptes - Famille",
                        "Attestation paiement / non paiement - Famille",
                        "Attestation fiscale - Famille",
                        "Demande de quotient familial",
                        "Mon dossier - Famille",
                        "Déclaration de ressources - Famille",
                        "Changement de situation - Famille",
                        "Autre question Allocations familiales");
    }

    @Test
    void changementDeSituationFamilleProposesTheChangeOfCircumstancesService() throws SQLException {
        assertThat(
                        strings(
                                "SELECT o.label_fr FROM motif m"
                                        + " JOIN online_service o ON o.id = m.online_service_id"
                                        + " WHERE m.label_fr = ?",
                                "Changement de situation - Famille"))
                .containsExactly("Déclarer un changement de situation");
    }

    @Test
    void everySubjectHasAtLeastTwoMotifsAndEndsWithAnOtherQuestionMotif() throws SQLException {
        List<String> subjects = strings("SELECT code FROM subject ORDER BY id");
        assertThat(subjects).isNotEmpty();
        for (String subject : subjects) {
            List<String> motifs =
                    strings(
                            "SELECT m.label_fr FROM motif m JOIN subject s ON s.id = m.subject_id"
                                    + " WHERE s.code = ? ORDER BY m.sort_order",
                            subject);
            assertThat(motifs).as("motifs of %s", subject).hasSizeGreaterThanOrEqualTo(2);
            assertThat(motifs.get(motifs.size() - 1))
                    .as("last motif of %s", subject)
                    .startsWith("Autre question");
        }
    }

    @Test
    void otherQuestionMotifsNeverProposeAnOnlineService() throws SQLException {
        assertThat(
                        strings(
                                "SELECT code FROM motif WHERE label_fr LIKE 'Autre question%'"
                                        + " AND online_service_id IS NOT NULL"))
                .isEmpty();
    }

    @Test
    void everyThemeHasAtLeastTwoSubjects() throws SQLException {
        assertThat(
                        strings(
                                "SELECT t.code FROM theme t LEFT JOIN subject s ON s.theme_id ="
                                        + " t.id GROUP BY t.code HAVING COUNT(s.id) < 2"))
                .isEmpty();
    }

    @Test
    void everyMotifIsRoutedToATeamWithAPositiveSla() throws SQLException {
        assertThat(strings("SELECT code FROM motif")).isNotEmpty();
        assertThat(
                        strings(
                                "SELECT m.code FROM motif m LEFT JOIN team t ON t.id = m.team_id"
                                        + " WHERE t.id IS NULL OR m.sla_working_days <= 0"))
                .isEmpty();
    }

    @Test
    void seededIdsStayBelowTheSequenceStartSoLaterInsertsNeverCollide() throws SQLException {
        for (String table : List.of("team", "online_service", "theme", "subject", "motif")) {
            assertThat(strings("SELECT code FROM " + table + " WHERE id >= 1000"))
                    .as("rows of %s with an id from the sequence range", table)
                    .isEmpty();
        }
    }

    @Test
    void codesAreUpperSnakeCaseAscii() throws SQLException {
        for (String table : List.of("team", "online_service", "theme", "subject", "motif")) {
            assertThat(strings("SELECT code FROM " + table))
                    .as("codes of %s", table)
                    .isNotEmpty()
                    .allMatch(code -> code.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*"));
        }
    }

    private static List<String> themesFor(String audience) throws SQLException {
        return strings(
                "SELECT t.label_fr FROM theme t JOIN theme_audience a ON a.theme_id = t.id"
                        + " WHERE a.audience = ? ORDER BY t.sort_order",
                audience);
    }

    private static List<String> strings(String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
