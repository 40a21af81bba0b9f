package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The French full-text index on message bodies that the agents' inbox search uses on PostgreSQL.
 *
 * <p>A Java migration because Flyway runs one script on every database and H2 has neither GIN
 * indexes nor French stemming: on PostgreSQL this creates an expression index matching the query
 * service's {@code to_tsvector('french', body)}; on H2 (demo and tests) it does nothing and the
 * search falls back to a case-insensitive substring match. The expression index (not a stored
 * tsvector column) keeps the message table unchanged for the citizen side.
 */
public class V51__MessageFullTextIndex extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!product.toLowerCase(java.util.Locale.ROOT).contains("postgresql")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(
                    "CREATE INDEX message_body_fts_idx ON message"
                            + " USING gin (to_tsvector('french', body))");
        }
    }
}
