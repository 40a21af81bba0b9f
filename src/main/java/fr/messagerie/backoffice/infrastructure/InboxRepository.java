package fr.messagerie.backoffice.infrastructure;

import fr.messagerie.platform.infrastructure.ApplicationResources;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Runs the inbox's SQL ({@link InboxSql}) as native queries: the page's rows come back in one
 * statement with their labels, and the database does the paging, sorting and filtering.
 */
@ApplicationScoped
public class InboxRepository {

    @PersistenceContext private EntityManager entityManager;

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

    @SuppressWarnings("unchecked")
    public List<Object[]> rows(String sql, List<Object> parameters) {
        return bind(entityManager.createNativeQuery(sql), parameters).getResultList();
    }

    public long count(String sql, List<Object> parameters) {
        return ((Number) bind(entityManager.createNativeQuery(sql), parameters).getSingleResult())
                .longValue();
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
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
