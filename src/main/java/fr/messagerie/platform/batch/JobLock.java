package fr.messagerie.platform.batch;

import fr.messagerie.platform.infrastructure.ApplicationResources;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The cluster-wide "one run at a time" of a job, in the shared database (see V21). Each call runs
 * in its own transaction so the lock is visible to other instances at once. The lease bounds how
 * long a dead instance can block a job.
 */
@ApplicationScoped
public class JobLock {

    static final Duration LEASE = Duration.ofHours(6);

    // This instance's name in locked_by: host plus a random suffix, unique per deployment.
    private final String owner = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    @Resource(lookup = ApplicationResources.DATA_SOURCE)
    private DataSource dataSource;

    @Inject private Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean tryAcquire(String job) {
        try (Connection connection = dataSource.getConnection()) {
            return JobLockSql.tryAcquire(
                    connection, job, owner, clock.instant(), clock.instant().plus(LEASE));
        } catch (SQLException e) {
            throw new IllegalStateException("Taking the lock of job " + job + " failed", e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String job) {
        try (Connection connection = dataSource.getConnection()) {
            JobLockSql.release(connection, job, owner, clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("Releasing the lock of job " + job + " failed", e);
        }
    }

    private static String hostName() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return host.length() > 60 ? host.substring(0, 60) : host;
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
