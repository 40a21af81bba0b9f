package fr.messagerie.backoffice.application;

import fr.messagerie.backoffice.domain.AgentScope;
import fr.messagerie.security.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard's figures, aggregated by the database (group by, percentile_cont) within the
 * viewer's scope: a team lead sees their teams, an administrator everything. Percentiles use the
 * SQL standard's {@code percentile_cont ... within group}, which PostgreSQL and H2 both run.
 */
@ApplicationScoped
public class BackOfficeStatistics {

    private static final String FIRST_RESPONSE_SECONDS =
            "extract(epoch from c.first_response_at) - extract(epoch from c.created_at)";

    @Inject private AgentAccess access;
    @Inject private Clock clock;
    @PersistenceContext private EntityManager entityManager;

    /**
     * @throws BackOfficeActionRefusedException for an agent who leads no team
     */
    public DashboardFigures figures(Account viewer, int periodDays, Locale locale) {
        AgentScope scope = access.scopeOf(viewer);
        if (!scope.leadsATeam()) {
            throw new BackOfficeActionRefusedException("dashboard.notLead");
        }
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofDays(Math.max(1, periodDays)));
        List<Object> parameters = new ArrayList<>();
        String scoped = scopeClause(scope, "c.team_id", parameters);
        parameters.add(since.atOffset(ZoneOffset.UTC));
        String period = " and c.created_at >= ?" + parameters.size();

        Map<String, Long> byStatus = new LinkedHashMap<>();
        rows(
                        "select c.status, count(*) from conversation c where 1 = 1"
                                + scoped
                                + period
                                + " group by c.status order by c.status",
                        parameters)
                .forEach(row -> byStatus.put((String) row[0], number(row[1])));

        String label = "en".equals(locale.getLanguage()) ? "th.label_en" : "th.label_fr";
        Map<String, Long> byTheme = new LinkedHashMap<>();
        rows(
                        "select "
                                + label
                                + ", count(*) from conversation c join motif m on m.id ="
                                + " c.motif_id join subject s on s.id = m.subject_id join theme th"
                                + " on th.id = s.theme_id where 1 = 1"
                                + scoped
                                + period
                                + " group by th.sort_order, "
                                + label
                                + " order by th.sort_order",
                        parameters)
                .forEach(row -> byTheme.put((String) row[0], number(row[1])));

        Object[] delays =
                rows(
                                "select count(*), percentile_cont(0.5) within group (order by "
                                        + FIRST_RESPONSE_SECONDS
                                        + "), percentile_cont(0.9) within group (order by "
                                        + FIRST_RESPONSE_SECONDS
                                        + ") from conversation c where c.first_response_at is not"
                                        + " null"
                                        + scoped
                                        + period,
                                parameters)
                        .get(0);

        List<Object> overdueParameters = new ArrayList<>();
        String overdueScope = scopeClause(scope, "c.team_id", overdueParameters);
        overdueParameters.add(now.atOffset(ZoneOffset.UTC));
        long overdue =
                number(
                        single(
                                "select count(*) from conversation c where c.status <> 'CLOSED'"
                                        + " and c.first_response_at is null"
                                        + overdueScope
                                        + " and c.due_at < ?"
                                        + overdueParameters.size(),
                                overdueParameters));

        List<Object> offerParameters = new ArrayList<>();
        String offerScope = scopeClause(scope, "m.team_id", offerParameters);
        offerParameters.add(since.atOffset(ZoneOffset.UTC));
        Object[] offers =
                rows(
                                "select count(*), coalesce(sum(case when o.choice = 'USED_SERVICE'"
                                        + " then 1 else 0 end), 0) from online_service_offer o join"
                                        + " motif m on m.id = o.motif_id where 1 = 1"
                                        + offerScope
                                        + " and o.occurred_at >= ?"
                                        + offerParameters.size(),
                                offerParameters)
                        .get(0);

        return new DashboardFigures(
                byStatus,
                byTheme,
                number(delays[0]),
                hours(delays[1]),
                hours(delays[2]),
                overdue,
                number(offers[0]),
                number(offers[1]));
    }

    private static String scopeClause(AgentScope scope, String column, List<Object> parameters) {
        if (scope.allTeams()) {
            return "";
        }
        if (scope.teamIds().isEmpty()) {
            return " and 1 = 0";
        }
        StringBuilder clause = new StringBuilder(" and ").append(column).append(" in (");
        String separator = "";
        for (Long teamId : scope.teamIds().stream().sorted().toList()) {
            parameters.add(teamId);
            clause.append(separator).append('?').append(parameters.size());
            separator = ", ";
        }
        return clause.append(')').toString();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Object> parameters) {
        return bind(entityManager.createNativeQuery(sql), parameters).getResultList();
    }

    private Object single(String sql, List<Object> parameters) {
        return bind(entityManager.createNativeQuery(sql), parameters).getSingleResult();
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double hours(Object seconds) {
        return seconds == null ? null : ((Number) seconds).doubleValue() / 3600.0;
    }
}
