package fr.messagerie.platform.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

/** The job lock's two statements, on a plain connection (unit-tested on H2). */
public final class JobLockSql {

    private JobLockSql() {}

    /** Takes the lock until {@code until} if it is free at {@code now}; true for the one winner. */
    public static boolean tryAcquire(
            Connection connection, String code, String owner, Instant now, Instant until)
            throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement(
                        "UPDATE job_lock SET locked_until = ?, locked_by = ?"
                                + " WHERE code = ? AND locked_until < ?")) {
            update.setObject(1, until.atOffset(ZoneOffset.UTC));
            update.setString(2, owner);
            update.setString(3, code);
            update.setObject(4, now.atOffset(ZoneOffset.UTC));
            return update.executeUpdate() == 1;
        }
    }

    /** Frees the lock if {@code owner} still holds it. */
    public static void release(Connection connection, String code, String owner, Instant now)
            throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement(
                        "UPDATE job_lock SET locked_until = ? WHERE code = ? AND locked_by = ?")) {
            update.setObject(1, now.atOffset(ZoneOffset.UTC));
            update.setString(2, code);
            update.setString(3, owner);
            update.executeUpdate();
        }
    }
}
