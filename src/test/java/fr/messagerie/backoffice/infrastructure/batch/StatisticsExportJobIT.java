package fr.messagerie.backoffice.infrastructure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.testsupport.BatchJobs;
import fr.messagerie.testsupport.Deployments;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The statistics export on generated data for a month of its own (March 2019, which no other test
 * touches): volumes, nearest-rank median and p90 response times, and the deflection rate.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsExportJobIT {

    private static final String MOTIF = "MOTIF_CHANGEMENT_SITUATION_FAMILLE";

    @PersistenceContext private EntityManager entityManager;

    @Resource(lookup = "java:comp/UserTransaction")
    private UserTransaction transaction;

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWar(BatchJobs.class);
    }

    @Test
    void writesOneLinePerMotifWithVolumesResponseTimesAndDeflection() throws Exception {
        Instant march = Instant.parse("2019-03-10T09:00:00Z");
        transaction.begin();
        entityManager.joinTransaction();
        long citizen = id("select id from account where login = ?", DemoAccounts.PARTICULIER);
        long motif = id("select id from motif where code = ?", MOTIF);
        for (int hours = 1; hours <= 10; hours++) {
            long id = 800_000_000L + System.nanoTime() % 100_000_000L;
            entityManager
                    .createNativeQuery(
                            "INSERT INTO conversation (id, reference, submission_token,"
                                    + " citizen_id, audience, motif_id, team_id, status,"
                                    + " created_at, updated_at, due_at, first_response_at)"
                                    + " SELECT ?, ?, ?, ?, 'PARTICULIER', m.id, m.team_id,"
                                    + " 'ANSWERED', ?, ?, ?, ? FROM motif m WHERE m.id = ?")
                    .setParameter(1, id)
                    .setParameter(2, "ST" + id)
                    .setParameter(3, UUID.randomUUID().toString())
                    .setParameter(4, citizen)
                    .setParameter(5, march.atOffset(ZoneOffset.UTC))
                    .setParameter(6, march.atOffset(ZoneOffset.UTC))
                    .setParameter(7, march.plus(5, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC))
                    .setParameter(8, march.plus(hours, ChronoUnit.HOURS).atOffset(ZoneOffset.UTC))
                    .setParameter(9, motif)
                    .executeUpdate();
        }
        for (String choice :
                List.of("USED_SERVICE", "WROTE_MESSAGE", "WROTE_MESSAGE", "USED_SERVICE")) {
            entityManager
                    .createNativeQuery(
                            "INSERT INTO online_service_offer (id, motif_id, online_service_id,"
                                    + " audience, choice, occurred_at) VALUES (?, ?, 1,"
                                    + " 'PARTICULIER', ?, ?)")
                    .setParameter(1, 700_000_000L + System.nanoTime() % 100_000_000L)
                    .setParameter(2, motif)
                    .setParameter(3, choice)
                    .setParameter(4, march.atOffset(ZoneOffset.UTC))
                    .executeUpdate();
        }
        transaction.commit();

        Path directory = Files.createTempDirectory("messagerie-export-it");
        Properties params = new Properties();
        params.setProperty("month", "2019-03");
        params.setProperty("directory", directory.toString());
        assertEquals(
                BatchStatus.COMPLETED, BatchJobs.runToEnd("backoffice-statistics-export", params));

        Path file = directory.resolve("statistiques-2019-03.csv");
        assertTrue(Files.exists(file), "the finished file is published");
        assertFalse(Files.exists(directory.resolve("statistiques-2019-03.csv.part")));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("mois;theme;sujet;motif;code_motif;volume"));
        assertTrue(lines.get(1).startsWith("2019-03;"), lines.get(1));
        assertTrue(lines.get(1).endsWith(";" + MOTIF + ";10;5.0;9.0;4;2;50.0"), lines.get(1));
    }

    private long id(String sql, String value) {
        return ((Number)
                        entityManager
                                .createNativeQuery(sql)
                                .setParameter(1, value)
                                .getSingleResult())
                .longValue();
    }
}
