package fr.messagerie.backoffice.infrastructure;

import fr.messagerie.backoffice.application.InboxSort;
import fr.messagerie.platform.infrastructure.ApplicationResources;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Runs the inbox's SQL ({@link InboxSql}) on the application's data source, through {@link
 * InboxStatementRunner}: the page's rows come back in one statement with their labels, and the
 * database does the paging, sorting and filtering.
 */
@ApplicationScoped
public class InboxRepository {

    @Resource(lookup = ApplicationResources.DATA_SOURCE)
    private DataSource dataSource;

    private volatile Boolean postgres;

    /** Whether the database is PostgreSQL, which decides how full-text search is written. */
    public boolean isPostgres() {
        if (postgres == null) {
            try (Connection connection = dataSource.getConnection()) {
                postgres =
                        connection
                                .getMetaData()
                                .getDatabaseProductName()
                                .toLowerCase(Locale.ROOT)
                                .contains("postgresql");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the database product", e);
            }
        }
        return postgres;
    }

    public List<Object[]> page(
            InboxSql sql, InboxSort sort, boolean ascending, int offset, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            return InboxStatementRunner.page(connection, sql, sort, ascending, offset, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("Inbox query failed", e);
        }
    }

    public long count(InboxSql sql) {
        try (Connection connection = dataSource.getConnection()) {
            return InboxStatementRunner.count(connection, sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Inbox count failed", e);
        }
    }

    /** JDBC drivers return timestamps with time zone as different types; all become Instants. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        throw new IllegalArgumentException("Not a timestamp: " + value.getClass());
    }
}
