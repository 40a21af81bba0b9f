package fr.messagerie.referential.infrastructure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.messagerie.referential.domain.ReferentialCsv;
import fr.messagerie.testsupport.BatchJobs;
import fr.messagerie.testsupport.Deployments;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The referential import job on Payara: all or nothing, with a readable report. */
@ExtendWith(ArquillianExtension.class)
class ReferentialImportJobIT {

    @PersistenceContext private EntityManager entityManager;

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWar(BatchJobs.class);
    }

    @Test
    void aFileWithOneBadLineAppliesNothingAndReportsTheLine() throws Exception {
        Path file =
                write(
                        ReferentialCsv.HEADER
                                + "\n"
                                + "THEME;THEME_IT_REJET;Thème refusé;Refused;;5;;;;;;PARTICULIER;\n"
                                + "SUJET;SUJET_IT_REJET;Sujet;Subject;THEME_IT_REJET;1;;;;;;;\n"
                                + "MOTIF;MOTIF_IT_REJET;Motif;Motif;SUJET_IT_REJET;1;EQUIPE_ABSENTE;;4;;;;\n");

        long execution = BatchJobs.start("referential-import", params(file));
        assertEquals(BatchStatus.COMPLETED, BatchJobs.awaitEnd(execution));
        assertEquals(
                "REJETE", BatchRuntime.getJobOperator().getJobExecution(execution).getExitStatus());

        String report = Files.readString(Path.of(file + ".rapport.txt"), StandardCharsets.UTF_8);
        assertTrue(report.contains("rien n'a été appliqué"), report);
        assertTrue(report.contains("Ligne 4 : équipe « EQUIPE_ABSENTE » inconnu"), report);
        assertEquals(0L, count("SELECT COUNT(*) FROM theme WHERE code = 'THEME_IT_REJET'"));
        assertEquals(0L, count("SELECT COUNT(*) FROM subject WHERE code = 'SUJET_IT_REJET'"));
    }

    @Test
    void aValidFileIsAppliedByCode() throws Exception {
        Path file =
                write(
                        ReferentialCsv.HEADER
                                + "\n"
                                + "THEME;THEME_IT_OK;Thème importé;Imported;;5;;;;;;PARTICULIER;\n"
                                + "SUJET;SUJET_IT_OK;Sujet;Subject;THEME_IT_OK;1;;;;;;;\n"
                                + "MOTIF;MOTIF_IT_OK;Motif;Motif;SUJET_IT_OK;1;RETRAITE;;4;;;;\n");

        long execution = BatchJobs.start("referential-import", params(file));
        assertEquals(BatchStatus.COMPLETED, BatchJobs.awaitEnd(execution));
        assertEquals(
                "APPLIQUE",
                BatchRuntime.getJobOperator().getJobExecution(execution).getExitStatus());
        assertEquals(1L, count("SELECT COUNT(*) FROM motif WHERE code = 'MOTIF_IT_OK'"));
        assertTrue(
                Files.readString(Path.of(file + ".rapport.txt"), StandardCharsets.UTF_8)
                        .contains("3 entrées (dont 3 créées"));
    }

    private static Path write(String content) throws Exception {
        Path file = Files.createTempFile("referentiel-it", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static Properties params(Path file) {
        Properties params = new Properties();
        params.setProperty("file", file.toString());
        return params;
    }

    private long count(String sql) {
        entityManager.clear();
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
