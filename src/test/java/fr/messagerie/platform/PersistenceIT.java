package fr.messagerie.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.messagerie.platform.infrastructure.ApplicationResources;
import fr.messagerie.referential.domain.Audience;
import fr.messagerie.security.domain.Account;
import fr.messagerie.testsupport.Deployments;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside Payara: the schema comes from the migrations (on H2 or PostgreSQL, whichever the
 * environment configures), JPA writes and reads through it, and time columns are real timestamps.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @PersistenceContext EntityManager entityManager;

    @Resource UserTransaction transaction;

    @Resource(lookup = ApplicationResources.DATA_SOURCE)
    DataSource dataSource;

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWar(PersistenceIT.class);
    }

    @Test
    void theMigrationsRanToTheLatestVersionBeforeTheApplicationStarted() throws Exception {
        try (Connection connection = dataSource.getConnection();
                ResultSet rows =
                        connection
                                .createStatement()
                                .executeQuery(
                                        "select count(*) from flyway_schema_history where success ="
                                                + " false")) {
            rows.next();
            assertEquals(0, rows.getInt(1), "no failed migration");
        }
        long motifs =
                entityManager
                        .createQuery("select count(m) from Motif m", Long.class)
                        .getSingleResult();
        assertTrue(motifs >= 50, "the referential is loaded by migration: " + motifs);
    }

    @Test
    void anAccountWrittenThroughJpaIsReadBackInAnotherTransaction() throws Exception {
        String login = "persistence-" + UUID.randomUUID();
        transaction.begin();
        entityManager.persist(
                Account.citizen(
                        login,
                        "Élise Prüfung",
                        Audience.EXPLOITANT,
                        "elise@example.fr",
                        "0612345678"));
        transaction.commit();
        entityManager.clear();

        Account read =
                entityManager
                        .createQuery(
                                "select a from Account a where a.login = :login", Account.class)
                        .setParameter("login", login)
                        .getSingleResult();
        assertEquals("Élise Prüfung", read.getDisplayName());
        assertEquals(Audience.EXPLOITANT, read.getAudience());
    }

    @Test
    void idsComeFromNativeSequencesNotFromASharedSequenceTable() throws Exception {
        try (Connection connection = dataSource.getConnection();
                ResultSet rows =
                        connection
                                .createStatement()
                                .executeQuery(
                                        "select count(*) from information_schema.tables"
                                                + " where upper(table_name) = 'SEQUENCE'")) {
            rows.next();
            assertEquals(0, rows.getInt(1), "EclipseLink's id table would serialise inserts");
        }
    }

    @Test
    void instantsAreStoredAsTimestampsWithTimeZoneNotAsSerializedBytes() throws Exception {
        try (Connection connection = dataSource.getConnection();
                ResultSet columns =
                        connection.getMetaData().getColumns(null, null, "%", "created_at")) {
            int seen = 0;
            while (columns.next()) {
                String type = columns.getString("TYPE_NAME").toLowerCase();
                assertTrue(
                        type.contains("timestamp"),
                        columns.getString("TABLE_NAME") + ".created_at is " + type);
                seen++;
            }
            assertTrue(seen >= 2, "created_at columns found: " + seen);
        }
    }
}
