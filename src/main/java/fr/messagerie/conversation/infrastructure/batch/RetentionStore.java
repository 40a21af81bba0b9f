package fr.messagerie.conversation.infrastructure.batch;

import fr.messagerie.platform.infrastructure.ApplicationResources;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@link RetentionSql} on the application's data source. Called inside the chunk's JTA transaction:
 * the connection is enlisted in it, so a failed chunk rolls every statement back.
 */
@ApplicationScoped
public class RetentionStore {

    @Resource(lookup = ApplicationResources.DATA_SOURCE)
    private DataSource dataSource;

    public List<Long> anonymisableAfter(
            long afterId, Instant closedBefore, Instant warnedBefore, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            return RetentionSql.anonymisableAfter(
                    connection, afterId, closedBefore, warnedBefore, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading conversations to anonymise failed", e);
        }
    }

    public List<RetentionSql.WarningCandidate> toWarnAfter(
            long afterId, Instant closedBefore, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            return RetentionSql.toWarnAfter(connection, afterId, closedBefore, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading conversations to warn about failed", e);
        }
    }

    public boolean recordWarning(long conversationId, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            return RetentionSql.recordWarning(connection, conversationId, now);
        } catch (SQLException e) {
            throw new IllegalStateException("Recording a retention warning failed", e);
        }
    }

    public int anonymise(List<Long> ids, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            return RetentionSql.anonymise(connection, ids, now);
        } catch (SQLException e) {
            throw new IllegalStateException("Anonymising conversations failed", e);
        }
    }
}
