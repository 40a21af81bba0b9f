package fr.messagerie.backoffice.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.backoffice.application.InboxFilter;
import fr.messagerie.backoffice.application.InboxSort;
import fr.messagerie.backoffice.application.InboxView;
import fr.messagerie.backoffice.domain.AgentScope;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InboxSqlTest {

    private static final Instant NOW = Instant.parse("2026-04-02T08:00:00Z");
    private static final AgentScope FAMILY = AgentScope.teams(Set.of(3L), true);

    private static InboxSql sql(InboxFilter filter, AgentScope scope, boolean postgres) {
        return InboxSql.of(filter, scope, 7L, NOW, NOW.plusSeconds(86_400), postgres);
    }

    @Test
    void anAgentsQueryIsAlwaysLimitedToTheirTeams() {
        InboxSql sql = sql(InboxFilter.of(InboxView.ALL), FAMILY, false);

        assertThat(sql.countSql()).contains("c.team_id in (?1)");
        assertThat(sql.parameters()).containsExactly(3L);
    }

    @Test
    void anAgentWithoutTeamMatchesNothing() {
        assertThat(
                        sql(InboxFilter.of(InboxView.ALL), AgentScope.teams(Set.of(), false), false)
                                .countSql())
                .contains("1 = 0");
    }

    @Test
    void anAdministratorsQueryHasNoTeamRestriction() {
        assertThat(sql(InboxFilter.of(InboxView.OPEN), AgentScope.everything(), false).countSql())
                .doesNotContain("team_id in");
    }

    @Test
    void myRequestsAreThoseAssignedToMe() {
        InboxSql sql = sql(InboxFilter.of(InboxView.MINE), FAMILY, false);

        assertThat(sql.countSql()).contains("c.assignee_id = ?2");
        assertThat(sql.parameters()).containsExactly(3L, 7L);
    }

    @Test
    void userTextIsAlwaysBoundNeverConcatenated() {
        InboxFilter filter =
                new InboxFilter(
                        InboxView.ALL,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "x' or 1=1 --",
                        "50%_off");
        InboxSql sql = sql(filter, FAMILY, false);

        assertThat(sql.countSql()).doesNotContain("or 1=1").doesNotContain("50%");
        assertThat(sql.parameters()).contains("%x' or 1=1 --%", "%50\\%\\_off%");
    }

    @Test
    void fullTextUsesFrenchStemmingOnPostgresAndSubstringsElsewhere() {
        InboxFilter filter =
                new InboxFilter(
                        InboxView.ALL,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "enfants");

        assertThat(sql(filter, FAMILY, true).countSql())
                .contains("to_tsvector('french', msg.body) @@ plainto_tsquery('french', ?2)");
        assertThat(sql(filter, FAMILY, false).countSql()).contains("lower(msg.body) like ?2");
    }

    @Test
    void urgencyPutsUnansweredOpenConversationsFirstByDeadline() {
        String page =
                sql(InboxFilter.of(InboxView.OPEN), FAMILY, false)
                        .pageSql(InboxSort.URGENCY, true, 40, 20);

        assertThat(page)
                .contains("order by case when c.first_response_at is null")
                .contains(", c.due_at asc, c.id asc")
                .endsWith("limit 20 offset 40");
    }
}
