package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A trigram index on citizens' names, for the inbox's "citizen name or reference" filter, which
 * matches any part of a name ({@code like '%...%'}): a b-tree cannot serve that, and scanning a
 * team's conversations to compare names took 300 ms at a million conversations.
 *
 * <p>PostgreSQL only, and only where the {@code pg_trgm} extension is available (it ships with
 * PostgreSQL and is "trusted", so the database owner may install it): without it the filter still
 * works, by scanning.
 */
public class V68__CitizenNameTrigramIndex extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!product.toLowerCase(Locale.ROOT).contains("postgresql")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            try (ResultSet available =
                    statement.executeQuery(
                            "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")) {
                if (!available.next()) {
                    return;
                }
            }
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            statement.execute(
                    "CREATE INDEX account_display_name_trgm_idx ON account"
                            + " USING gin (lower(display_name) gin_trgm_ops)");
        }
    }
}
