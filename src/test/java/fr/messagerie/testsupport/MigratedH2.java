package fr.messagerie.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * The schema the SQL tests run on: a fresh in-memory H2 database in PostgreSQL mode, as the run
 * mode uses it, migrated by the application's own Flyway scripts. One per caller, dropped with
 * {@link #drop}.
 */
public final class MigratedH2 {

    private MigratedH2() {}

    /** A new database named after {@code purpose}, migrated, and a connection to it. */
    public static Connection open(String purpose) throws SQLException {
        String url =
                "jdbc:h2:mem:"
                        + purpose
                        + "-"
                        + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                        + "DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return DriverManager.getConnection(url, "sa", "");
    }

    /** Drops the database (DB_CLOSE_DELAY=-1 keeps it in memory until told) and closes. */
    public static void drop(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        connection.close();
    }
}
