package fr.messagerie.backoffice.infrastructure;

import fr.messagerie.backoffice.application.InboxSort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postgresql.PGStatement;

/**
 * Runs an inbox statement on a JDBC connection: the container's (through {@link InboxRepository})
 * and the benchmark's, so that what is measured is what runs.
 *
 * <p>Plain JDBC rather than JPA native queries for one reason: on PostgreSQL the driver turns a
 * statement run five times on a connection into a server-prepared one, and the server may then plan
 * it once for any values ("generic plan"). For the inbox's ad hoc filters that plan can be twenty
 * times slower (measured: a status and motif filter went from 40 ms to 900 ms at a million
 * conversations), because the best index depends on the values. These statements are therefore
 * never server-prepared: each is planned with its own values, which costs a millisecond.
 */
public final class InboxStatementRunner {

    private InboxStatementRunner() {}

    /**
     * One page of the inbox: asks first, when words are searched, whether they are rare (see {@link
     * InboxSql#textProbe()}), then reads the page.
     */
    public static List<Object[]> page(
            Connection connection,
            InboxSql sql,
            InboxSort sort,
            boolean ascending,
            int offset,
            int limit)
            throws SQLException {
        probeText(connection, sql);
        return rows(connection, sql.page(sort, ascending, offset, limit));
    }

    /** How many conversations match, up to {@link InboxSql#COUNT_LIMIT} + 1. */
    public static long count(Connection connection, InboxSql sql) throws SQLException {
        probeText(connection, sql);
        return count(connection, sql.count());
    }

    private static void probeText(Connection connection, InboxSql sql) throws SQLException {
        Optional<InboxSql.Statement> probe = sql.textProbe();
        if (probe.isPresent()) {
            List<Long> conversations =
                    rows(connection, probe.get()).stream()
                            .map(row -> ((Number) row[0]).longValue())
                            .toList();
            if (conversations.size() <= InboxSql.FEW_TEXT_MATCHES) {
                sql.fewTextMatches(conversations);
            }
        }
    }

    /** Each row's columns in the statement's order. */
    public static List<Object[]> rows(Connection connection, InboxSql.Statement statement)
            throws SQLException {
        try (PreparedStatement prepared = prepare(connection, statement);
                ResultSet result = prepared.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            List<Object[]> rows = new ArrayList<>();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getObject(i + 1);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** The single number a count statement answers. */
    public static long count(Connection connection, InboxSql.Statement statement)
            throws SQLException {
        try (PreparedStatement prepared = prepare(connection, statement);
                ResultSet result = prepared.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static PreparedStatement prepare(Connection connection, InboxSql.Statement statement)
            throws SQLException {
        // ?1, ?2... are numbered in order of appearance, so plain JDBC marks bind the same way.
        PreparedStatement prepared =
                connection.prepareStatement(statement.sql().replaceAll("\\?\\d+", "?"));
        if (prepared.isWrapperFor(PGStatement.class)) {
            prepared.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
        List<Object> parameters = statement.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            prepared.setObject(i + 1, parameters.get(i));
        }
        return prepared;
    }
}
