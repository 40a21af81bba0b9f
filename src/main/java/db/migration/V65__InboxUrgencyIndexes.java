package db.migration;

import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Partial indexes for the inbox's default order, by urgency, measured at a million conversations
 * (docs/performance.md).
 *
 * <p>The urgency order puts open unanswered conversations first and then the others, each by
 * deadline; {@code InboxSql} reads each part separately, and each part has its index here, ordered
 * by deadline within a team (and once more without the team, for administrators), holding only the
 * rows that part can return: open unanswered ones, and open ones (the inbox's usual view). Closed
 * conversations, the bulk of years of data, are in neither, so these stay small; only the view that
 * includes closed conversations needs a full (team, deadline) index. Their predicates repeat {@code
 * InboxSql}'s text so that PostgreSQL can prove them. The {@code id} column ends the key because it
 * breaks ties in the order.
 *
 * <p>PostgreSQL only (H2, for the demo and the tests, has no partial indexes): a Java migration,
 * like V51.
 */
public class V65__InboxUrgencyIndexes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!product.toLowerCase(Locale.ROOT).contains("postgresql")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(
                    "CREATE INDEX conversation_unanswered_team_due_idx ON conversation"
                            + " (team_id, due_at, id)"
                            + " WHERE status <> 'CLOSED' AND first_response_at IS NULL");
            statement.execute(
                    "CREATE INDEX conversation_open_team_due_idx ON conversation"
                            + " (team_id, due_at, id) WHERE status <> 'CLOSED'");
            // The view that includes closed conversations, read by deadline for the second part.
            statement.execute(
                    "CREATE INDEX conversation_team_due_idx ON conversation (team_id, due_at, id)");
            // Administrators see every team: the same two parts without the team.
            statement.execute(
                    "CREATE INDEX conversation_unanswered_due_idx ON conversation (due_at, id)"
                            + " WHERE status <> 'CLOSED' AND first_response_at IS NULL");
            statement.execute(
                    "CREATE INDEX conversation_open_due_idx ON conversation (due_at, id)"
                            + " WHERE status <> 'CLOSED'");
        }
    }
}
