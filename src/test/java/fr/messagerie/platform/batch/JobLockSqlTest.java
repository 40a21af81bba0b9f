package fr.messagerie.platform.batch;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.testsupport.MigratedH2;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The job lock's conditional UPDATE on the real migrations: one winner among instances. */
class JobLockSqlTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:15:00Z");
    private static final String JOB = "conversation-retention";
    private Connection connection;

    @BeforeEach
    void migrate() throws SQLException {
        connection = MigratedH2.open("lock");
    }

    @AfterEach
    void close() throws SQLException {
        MigratedH2.drop(connection);
    }

    @Test
    void onlyTheFirstInstanceTakesAFreeLock() throws SQLException {
        Instant until = NOW.plus(Duration.ofHours(6));
        assertThat(JobLockSql.tryAcquire(connection, JOB, "instance-a", NOW, until)).isTrue();
        assertThat(JobLockSql.tryAcquire(connection, JOB, "instance-b", NOW, until)).isFalse();
    }

    @Test
    void aReleasedLockIsFreeAgainAndOnlyItsOwnerReleasesIt() throws SQLException {
        Instant until = NOW.plus(Duration.ofHours(6));
        JobLockSql.tryAcquire(connection, JOB, "instance-a", NOW, until);
        JobLockSql.release(connection, JOB, "instance-b", NOW);
        assertThat(JobLockSql.tryAcquire(connection, JOB, "instance-b", NOW.plusSeconds(1), until))
                .isFalse();
        JobLockSql.release(connection, JOB, "instance-a", NOW.plusSeconds(2));
        assertThat(JobLockSql.tryAcquire(connection, JOB, "instance-b", NOW.plusSeconds(3), until))
                .isTrue();
    }

    @Test
    void aLockHeldByADeadInstanceExpiresAfterItsLease() throws SQLException {
        JobLockSql.tryAcquire(connection, JOB, "dead", NOW, NOW.plus(Duration.ofHours(6)));
        assertThat(
                        JobLockSql.tryAcquire(
                                connection,
                                JOB,
                                "alive",
                                NOW.plus(Duration.ofHours(7)),
                                NOW.plus(Duration.ofHours(13))))
                .isTrue();
    }

    @Test
    void aJobWithoutALockRowCannotStart() throws SQLException {
        assertThat(JobLockSql.tryAcquire(connection, "unknown-job", "a", NOW, NOW.plusSeconds(1)))
                .isFalse();
    }
}
