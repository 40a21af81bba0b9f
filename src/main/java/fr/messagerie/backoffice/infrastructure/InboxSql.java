package fr.messagerie.backoffice.infrastructure;

import fr.messagerie.backoffice.application.InboxFilter;
import fr.messagerie.backoffice.application.InboxSort;
import fr.messagerie.backoffice.application.InboxView;
import fr.messagerie.backoffice.domain.AgentScope;
import fr.messagerie.backoffice.domain.SlaStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the inbox's SQL from a filter: one statement for the page, one for the count, labels
 * joined in. Values are always bound parameters; only whitelisted fragments are concatenated. Plain
 * Java so the benchmark harness runs exactly the SQL the application runs.
 *
 * <p>Full-text search: PostgreSQL gets {@code to_tsvector('french', body) @@
 * plainto_tsquery('french', ?)}, which the expression index of migration V51 serves, with French
 * stemming ("enfants" finds "enfant"); H2 (demo, tests) gets a case-insensitive substring match.
 */
public final class InboxSql {

    static final String SELECT =
            "select c.id, c.reference, c.status, c.created_at, c.due_at, c.first_response_at,"
                    + " ca.display_name, th.label_fr, th.label_en, s.label_fr, s.label_en,"
                    + " m.label_fr, m.label_en, t.label_fr, t.label_en, ag.display_name";

    static final String FROM =
            " from conversation c"
                    + " join account ca on ca.id = c.citizen_id"
                    + " join motif m on m.id = c.motif_id"
                    + " join subject s on s.id = m.subject_id"
                    + " join theme th on th.id = s.theme_id"
                    + " join team t on t.id = c.team_id"
                    + " left join account ag on ag.id = c.assignee_id";

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final List<Object> parameters = new ArrayList<>();
    private final boolean postgres;

    private InboxSql(boolean postgres) {
        this.postgres = postgres;
    }

    /**
     * @param actorId the signed-in agent ("Mes demandes")
     * @param now the instant deadlines are compared with
     * @param dueSoonLimit the end of the next working day: "due soon" ends there
     */
    public static InboxSql of(
            InboxFilter filter,
            AgentScope scope,
            long actorId,
            Instant now,
            Instant dueSoonLimit,
            boolean postgres) {
        InboxSql sql = new InboxSql(postgres);
        sql.scope(scope);
        sql.view(filter.view() == null ? InboxView.OPEN : filter.view(), actorId, now);
        sql.criteria(filter, now, dueSoonLimit);
        return sql;
    }

    private void scope(AgentScope scope) {
        if (scope.allTeams()) {
            return;
        }
        if (scope.teamIds().isEmpty()) {
            where.append(" and 1 = 0");
            return;
        }
        where.append(" and c.team_id in (");
        String separator = "";
        for (Long teamId : scope.teamIds().stream().sorted().toList()) {
            where.append(separator).append(bind(teamId));
            separator = ", ";
        }
        where.append(")");
    }

    private void view(InboxView view, long actorId, Instant now) {
        switch (view) {
            case OPEN -> where.append(" and c.status <> 'CLOSED'");
            case MINE ->
                    where.append(" and c.status <> 'CLOSED' and c.assignee_id = ")
                            .append(bind(actorId));
            case UNASSIGNED -> where.append(" and c.status <> 'CLOSED' and c.assignee_id is null");
            case OVERDUE ->
                    where.append(
                                    " and c.status <> 'CLOSED' and c.first_response_at is null"
                                            + " and c.due_at < ")
                            .append(bind(at(now)));
            case ALL -> {}
        }
    }

    private void criteria(InboxFilter filter, Instant now, Instant dueSoonLimit) {
        if (filter.status() != null) {
            where.append(" and c.status = ").append(bind(filter.status().name()));
        }
        equal("th.id", filter.themeId());
        equal("s.id", filter.subjectId());
        equal("c.motif_id", filter.motifId());
        equal("c.team_id", filter.teamId());
        equal("c.assignee_id", filter.assigneeId());
        if (filter.olderThanDays() != null && filter.olderThanDays() > 0) {
            where.append(" and c.created_at <= ")
                    .append(bind(at(now.minusSeconds(86_400L * filter.olderThanDays()))));
        }
        if (filter.sla() == SlaStatus.OVERDUE) {
            where.append(
                            " and c.status <> 'CLOSED' and c.first_response_at is null and c.due_at"
                                    + " < ")
                    .append(bind(at(now)));
        } else if (filter.sla() == SlaStatus.DUE_SOON) {
            where.append(
                            " and c.status <> 'CLOSED' and c.first_response_at is null and c.due_at"
                                    + " >= ")
                    .append(bind(at(now)))
                    .append(" and c.due_at <= ")
                    .append(bind(at(dueSoonLimit)));
        }
        if (notBlank(filter.citizenOrReference())) {
            String wanted = filter.citizenOrReference().strip();
            where.append(" and (c.reference = ")
                    .append(bind(wanted.toUpperCase(Locale.ROOT)))
                    .append(" or lower(ca.display_name) like ")
                    .append(bind("%" + escapeLike(wanted.toLowerCase(Locale.ROOT)) + "%"))
                    .append(" escape '\\')");
        }
        if (notBlank(filter.text())) {
            where.append(" and exists (select 1 from message msg where msg.conversation_id = c.id");
            if (postgres) {
                where.append(" and to_tsvector('french', msg.body) @@ plainto_tsquery('french', ")
                        .append(bind(filter.text().strip()))
                        .append("))");
            } else {
                where.append(" and lower(msg.body) like ")
                        .append(
                                bind(
                                        "%"
                                                + escapeLike(
                                                        filter.text()
                                                                .strip()
                                                                .toLowerCase(Locale.ROOT))
                                                + "%"))
                        .append(" escape '\\')");
            }
        }
    }

    public String pageSql(InboxSort sort, boolean ascending, int offset, int limit) {
        return SELECT
                + FROM
                + where
                + " order by "
                + orderBy(sort == null ? InboxSort.URGENCY : sort, ascending)
                + " limit "
                + Math.max(1, limit)
                + " offset "
                + Math.max(0, offset);
    }

    public String countSql() {
        return "select count(*)" + FROM + where;
    }

    public List<Object> parameters() {
        return List.copyOf(parameters);
    }

    private static String orderBy(InboxSort sort, boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        return switch (sort) {
                    // Unanswered open conversations first, then by deadline: the next one to
                    // answer.
                    case URGENCY ->
                            "case when c.first_response_at is null and c.status <> 'CLOSED' then 0"
                                    + " else 1 end"
                                    + direction
                                    + ", c.due_at"
                                    + direction;
                    case CREATED -> "c.created_at" + direction;
                    case REFERENCE -> "c.reference" + direction;
                    case STATUS -> "c.status" + direction;
                    case CITIZEN -> "ca.display_name" + direction;
                }
                + ", c.id"
                + direction;
    }

    private void equal(String column, Long value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = ").append(bind(value));
        }
    }

    private String bind(Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
