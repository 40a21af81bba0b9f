package fr.messagerie.backoffice.infrastructure;

import fr.messagerie.backoffice.application.InboxFilter;
import fr.messagerie.backoffice.application.InboxSort;
import fr.messagerie.backoffice.application.InboxView;
import fr.messagerie.backoffice.domain.AgentScope;
import fr.messagerie.backoffice.domain.SlaStatus;
import fr.messagerie.conversation.domain.ConversationStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the inbox's SQL from a filter: one statement for the page, one for the count. Values are
 * always bound parameters; only whitelisted fragments are concatenated. Plain Java so the benchmark
 * harness runs exactly the SQL the application runs.
 *
 * <p>Shaped for a million conversations (see docs/performance.md):
 *
 * <ul>
 *   <li>The urgency order (open unanswered conversations first, then the rest, each by deadline) is
 *       not one indexable expression, so the page is the union of the first rows of each part, each
 *       read in deadline order from a partial index of migration V65, and only the page's rows get
 *       their labels joined in.
 *   <li>The count stops at {@link #COUNT_LIMIT}: beyond it the inbox says "more than", and the
 *       agent narrows the search rather than pages through it. Counting every match of a common
 *       word among a million messages took seconds.
 *   <li>Filtering and counting join only the tables a criterion needs.
 *   <li>Every statement is planned with its values ({@link InboxStatementRunner}).
 * </ul>
 *
 * <p>Full-text search: PostgreSQL gets {@code body_tsv @@ plainto_tsquery('french', ?)} on the
 * stored French search vector of migration V66 (GIN-indexed), with French stemming ("enfants" finds
 * "enfant"); H2 (demo, tests) gets a case-insensitive substring match.
 */
public final class InboxSql {

    /** Counting stops after this many matches. */
    public static final int COUNT_LIMIT = 1_000;

    /** Up to this many matching messages, searched words are rare (see {@link #textProbe()}). */
    public static final int FEW_TEXT_MATCHES = 2_000;

    static final String SELECT =
            "select c.id, c.reference, c.status, c.created_at, c.due_at, c.first_response_at,"
                    + " ca.display_name, th.label_fr, th.label_en, s.label_fr, s.label_en,"
                    + " m.label_fr, m.label_en, t.label_fr, t.label_en, ag.display_name";

    private static final String CITIZEN_JOIN = " join account ca on ca.id = c.citizen_id";
    private static final String TAXONOMY_JOIN =
            " join motif m on m.id = c.motif_id"
                    + " join subject s on s.id = m.subject_id"
                    + " join theme th on th.id = s.theme_id";
    private static final String LABEL_JOINS =
            CITIZEN_JOIN
                    + TAXONOMY_JOIN
                    + " join team t on t.id = c.team_id"
                    + " left join account ag on ag.id = c.assignee_id";

    // Exactly the predicate of the partial indexes of V65, so that PostgreSQL can use them.
    private static final String UNANSWERED = "c.status <> 'CLOSED' and c.first_response_at is null";
    private static final String NOT_UNANSWERED =
            "(c.status = 'CLOSED' or c.first_response_at is not null)";

    /** One SQL statement and its values, numbered ?1, ?2... in the order they appear. */
    public record Statement(String sql, List<Object> parameters) {}

    // Conditions with bare "?" marks, numbered when a statement is made (a condition may appear
    // twice in one statement).
    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final List<Object> values = new ArrayList<>();
    private final boolean postgres;
    private boolean taxonomyJoined;
    // Every row that matches is open and unanswered, or none is: no need to split the urgency.
    private boolean allUnanswered;
    private boolean noneUnanswered;
    private String textWords;
    private int textConditionStart;
    private boolean fewTextMatches;

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
            case OVERDUE -> overdue(now);
            case ALL -> {}
        }
    }

    private void criteria(InboxFilter filter, Instant now, Instant dueSoonLimit) {
        if (filter.status() != null) {
            where.append(" and c.status = ").append(bind(filter.status().name()));
            noneUnanswered = filter.status() == ConversationStatus.CLOSED;
        }
        if (filter.themeId() != null || filter.subjectId() != null) {
            taxonomyJoined = true;
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
            overdue(now);
        } else if (filter.sla() == SlaStatus.DUE_SOON) {
            allUnanswered = true;
            where.append(" and ")
                    .append(UNANSWERED)
                    .append(" and c.due_at >= ")
                    .append(bind(at(now)))
                    .append(" and c.due_at <= ")
                    .append(bind(at(dueSoonLimit)));
        }
        if (notBlank(filter.citizenOrReference())) {
            citizenOrReference(filter.citizenOrReference().strip());
        }
        if (notBlank(filter.text())) {
            text(filter.text().strip());
        }
    }

    /**
     * The conversations with that reference or of citizens whose name contains the words: two small
     * lookups (the reference's unique index, the names' trigram index of V68) rather than a
     * comparison on every conversation of the teams.
     */
    private void citizenOrReference(String wanted) {
        where.append(" and c.id in (select r.id from conversation r where r.reference = ")
                .append(bind(wanted.toUpperCase(Locale.ROOT)))
                .append(" union all select n.id from conversation n join account na")
                .append(" on na.id = n.citizen_id where lower(na.display_name) like ")
                .append(bind("%" + escapeLike(wanted.toLowerCase(Locale.ROOT)) + "%"))
                .append(" escape '\\')");
    }

    private void overdue(Instant now) {
        allUnanswered = true;
        where.append(" and ").append(UNANSWERED).append(" and c.due_at < ").append(bind(at(now)));
    }

    // Always the last condition: fewTextMatches replaces it.
    private void text(String words) {
        textWords = words;
        textConditionStart = where.length();
        where.append(" and exists (select 1 from message msg where msg.conversation_id = c.id");
        if (postgres) {
            where.append(" and msg.body_tsv @@ plainto_tsquery('french', ")
                    .append(bind(words))
                    .append("))");
        } else {
            where.append(" and lower(msg.body) like ")
                    .append(bind("%" + escapeLike(words.toLowerCase(Locale.ROOT)) + "%"))
                    .append(" escape '\\')");
        }
    }

    /**
     * On PostgreSQL, with words to search: the conversations of the messages that contain them, up
     * to {@link #FEW_TEXT_MATCHES} + 1 rows, read on the search index (a few milliseconds). The
     * planner cannot tell a rare word from a common one well enough: reading the inbox in deadline
     * order and checking each conversation's messages finds a page of a common word at once, but
     * reads a whole team for a rare one (two seconds at a million conversations). When they are
     * few, the statements start from them ({@link #fewTextMatches(List)}).
     */
    public Optional<Statement> textProbe() {
        if (!postgres || textWords == null) {
            return Optional.empty();
        }
        return Optional.of(
                statement(
                        "select msg.conversation_id from message msg where"
                                + " msg.body_tsv @@ plainto_tsquery('french', ?) limit "
                                + (FEW_TEXT_MATCHES + 1),
                        List.of(textWords)));
    }

    /**
     * The searched words are in few messages, of these conversations: the statements look them up
     * and sort those few, instead of reading the inbox in order.
     */
    public void fewTextMatches(List<Long> conversationIds) {
        if (textWords == null || fewTextMatches) {
            return;
        }
        fewTextMatches = true;
        where.setLength(textConditionStart);
        values.remove(values.size() - 1);
        where.append(" and c.id = any(")
                .append(bind(conversationIds.toArray(Long[]::new)))
                .append(")");
    }

    /** One page of rows, each with its labels, in the asked order. */
    public Statement page(InboxSort sort, boolean ascending, int offset, int limit) {
        InboxSort order = sort == null ? InboxSort.URGENCY : sort;
        int rows = Math.max(1, limit);
        int skipped = Math.max(0, offset);
        boolean mixed = !allUnanswered && !noneUnanswered;
        if (order == InboxSort.URGENCY && mixed && !fewTextMatches) {
            return urgencyPage(ascending, skipped, rows);
        }
        String direction = ascending ? " asc" : " desc";
        String orderBy =
                switch (order) {
                    case URGENCY ->
                            (mixed
                                            ? "case when "
                                                    + UNANSWERED
                                                    + " then 0 else 1 end"
                                                    + direction
                                                    + ", "
                                            : "")
                                    + "c.due_at"
                                    + direction;
                    case CREATED -> "c.created_at" + direction;
                    case REFERENCE -> "c.reference" + direction;
                    case STATUS -> "c.status" + direction;
                    case CITIZEN -> "ca.display_name" + direction;
                };
        return statement(
                SELECT
                        + " from conversation c"
                        + LABEL_JOINS
                        + where
                        + " order by "
                        + orderBy
                        + ", c.id"
                        + direction
                        + " limit "
                        + rows
                        + " offset "
                        + skipped,
                values);
    }

    /**
     * Unanswered open conversations first (rank 0), then the others (rank 1), each by deadline. The
     * page lies within the first {@code offset + limit} rows of each rank, so each part reads only
     * those, in index order, and the outer query orders at most twice that many.
     */
    private Statement urgencyPage(boolean ascending, int offset, int limit) {
        String direction = ascending ? " asc" : " desc";
        int firstRows = offset + limit;
        String part =
                " order by c.due_at"
                        + direction
                        + ", c.id"
                        + direction
                        + " limit "
                        + firstRows
                        + ")";
        List<Object> parameters = new ArrayList<>(values);
        parameters.addAll(values);
        return statement(
                SELECT
                        + " from (("
                        + idsWithRank(0)
                        + " and "
                        + UNANSWERED
                        + part
                        + " union all ("
                        + idsWithRank(1)
                        + " and "
                        + NOT_UNANSWERED
                        + part
                        + ") u join conversation c on c.id = u.id"
                        + LABEL_JOINS
                        + " order by u.urgency_rank"
                        + direction
                        + ", u.urgency_due"
                        + direction
                        + ", u.id"
                        + direction
                        + " limit "
                        + limit
                        + " offset "
                        + offset,
                parameters);
    }

    private String idsWithRank(int rank) {
        return "select c.id, "
                + rank
                + " as urgency_rank, c.due_at as urgency_due from conversation c"
                + filterJoins()
                + where;
    }

    /**
     * How many conversations match, up to {@link #COUNT_LIMIT} + 1: a result above the limit means
     * "more than" (see {@code InboxCount}).
     */
    public Statement count() {
        return statement(
                "select count(*) from (select 1 as found from conversation c"
                        + filterJoins()
                        + where
                        + " limit "
                        + (COUNT_LIMIT + 1)
                        + ") counted",
                values);
    }

    private String filterJoins() {
        return taxonomyJoined ? TAXONOMY_JOIN : "";
    }

    private static Statement statement(String sql, List<Object> parameters) {
        StringBuilder numbered = new StringBuilder(sql.length() + 16);
        int number = 0;
        for (char character : sql.toCharArray()) {
            if (character == '?') {
                numbered.append('?').append(++number);
            } else {
                numbered.append(character);
            }
        }
        if (number != parameters.size()) {
            throw new IllegalStateException(number + " marks for " + parameters.size() + " values");
        }
        return new Statement(numbered.toString(), List.copyOf(parameters));
    }

    private void equal(String column, Long value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = ").append(bind(value));
        }
    }

    private String bind(Object value) {
        values.add(value);
        return "?";
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
