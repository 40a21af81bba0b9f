package fr.messagerie.referential.infrastructure;

import fr.messagerie.referential.domain.Audience;
import fr.messagerie.referential.domain.ReferentialRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;

/**
 * Creates or updates referential entries by code, on a plain JDBC connection (the caller owns the
 * transaction). New ids come from {@code referential_seq}, one sequence value per row: a value the
 * application's preallocated blocks never contain.
 */
public final class ReferentialUpsertSql {

    private static final Map<ReferentialRow.Kind, String> TABLES =
            Map.of(
                    ReferentialRow.Kind.TEAM, "team",
                    ReferentialRow.Kind.ONLINE_SERVICE, "online_service",
                    ReferentialRow.Kind.THEME, "theme",
                    ReferentialRow.Kind.SUBJECT, "subject",
                    ReferentialRow.Kind.MOTIF, "motif");

    private ReferentialUpsertSql() {}

    public static boolean exists(Connection connection, ReferentialRow.Kind kind, String code)
            throws SQLException {
        return idOf(connection, kind, code) != null;
    }

    /** Applies the rows in order (parents first); returns how many were created. */
    public static int apply(Connection connection, List<ReferentialRow> rows) throws SQLException {
        int created = 0;
        for (ReferentialRow row : rows) {
            Long id = idOf(connection, row.kind(), row.code());
            if (id == null) {
                id = nextId(connection);
                insertSkeleton(connection, row, id);
                created++;
            }
            update(connection, row, id);
        }
        return created;
    }

    private static void insertSkeleton(Connection connection, ReferentialRow row, long id)
            throws SQLException {
        // Insert with the mandatory columns, then one UPDATE path sets everything for both cases.
        String sql =
                switch (row.kind()) {
                    case TEAM ->
                            "INSERT INTO team (id, code, label_fr, label_en) VALUES (?, ?, '', '')";
                    case ONLINE_SERVICE ->
                            "INSERT INTO online_service (id, code, label_fr, label_en, url)"
                                    + " VALUES (?, ?, '', '', '')";
                    case THEME ->
                            "INSERT INTO theme (id, code, label_fr, label_en, sort_order)"
                                    + " VALUES (?, ?, '', '', 0)";
                    case SUBJECT ->
                            "INSERT INTO subject (id, code, theme_id, label_fr, label_en,"
                                    + " sort_order) VALUES (?, ?, (SELECT id FROM theme WHERE"
                                    + " code = ?), '', '', 0)";
                    case MOTIF ->
                            "INSERT INTO motif (id, code, subject_id, label_fr, label_en,"
                                    + " sort_order, team_id, sla_working_days) VALUES (?, ?,"
                                    + " (SELECT id FROM subject WHERE code = ?), '', '', 0,"
                                    + " (SELECT id FROM team WHERE code = ?), 1)";
                };
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, id);
            insert.setString(2, row.code());
            if (row.kind() == ReferentialRow.Kind.SUBJECT
                    || row.kind() == ReferentialRow.Kind.MOTIF) {
                insert.setString(3, row.parent().orElseThrow());
            }
            if (row.kind() == ReferentialRow.Kind.MOTIF) {
                insert.setString(4, row.team().orElseThrow());
            }
            insert.executeUpdate();
        }
    }

    private static void update(Connection connection, ReferentialRow row, long id)
            throws SQLException {
        switch (row.kind()) {
            case TEAM ->
                    execute(
                            connection,
                            "UPDATE team SET label_fr = ?, label_en = ?, email = ?, active = ?"
                                    + " WHERE id = ?",
                            row.labelFr(),
                            row.labelEn(),
                            row.email().orElse(null),
                            row.active(),
                            id);
            case ONLINE_SERVICE ->
                    execute(
                            connection,
                            "UPDATE online_service SET label_fr = ?, label_en = ?, url = ?,"
                                    + " active = ? WHERE id = ?",
                            row.labelFr(),
                            row.labelEn(),
                            row.url().orElseThrow(),
                            row.active(),
                            id);
            case THEME -> {
                execute(
                        connection,
                        "UPDATE theme SET label_fr = ?, label_en = ?, sort_order = ?, active = ?"
                                + " WHERE id = ?",
                        row.labelFr(),
                        row.labelEn(),
                        row.sortOrder(),
                        row.active(),
                        id);
                execute(connection, "DELETE FROM theme_audience WHERE theme_id = ?", id);
                for (Audience audience : row.audiences()) {
                    execute(
                            connection,
                            "INSERT INTO theme_audience (theme_id, audience) VALUES (?, ?)",
                            id,
                            audience.name());
                }
            }
            case SUBJECT ->
                    execute(
                            connection,
                            "UPDATE subject SET theme_id = (SELECT id FROM theme WHERE code = ?),"
                                    + " label_fr = ?, label_en = ?, sort_order = ?, active = ?"
                                    + " WHERE id = ?",
                            row.parent().orElseThrow(),
                            row.labelFr(),
                            row.labelEn(),
                            row.sortOrder(),
                            row.active(),
                            id);
            case MOTIF ->
                    execute(
                            connection,
                            "UPDATE motif SET subject_id = (SELECT id FROM subject WHERE code = ?),"
                                    + " label_fr = ?, label_en = ?, sort_order = ?, active = ?,"
                                    + " team_id = (SELECT id FROM team WHERE code = ?),"
                                    + " online_service_id = (SELECT id FROM online_service WHERE"
                                    + " code = ?), sla_working_days = ? WHERE id = ?",
                            row.parent().orElseThrow(),
                            row.labelFr(),
                            row.labelEn(),
                            row.sortOrder(),
                            row.active(),
                            row.team().orElseThrow(),
                            row.onlineService().orElse(null),
                            row.slaWorkingDays(),
                            id);
        }
    }

    private static Long idOf(Connection connection, ReferentialRow.Kind kind, String code)
            throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement(
                        "SELECT id FROM " + TABLES.get(kind) + " WHERE code = ?")) {
            query.setString(1, code);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    private static long nextId(Connection connection) throws SQLException {
        try (PreparedStatement query =
                        connection.prepareStatement("SELECT nextval('referential_seq')");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql, Object... values)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    statement.setNull(i + 1, Types.VARCHAR);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            statement.executeUpdate();
        }
    }
}
