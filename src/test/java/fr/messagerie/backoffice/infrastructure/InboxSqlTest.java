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
        InboxSql.Statement count = sql(InboxFilter.of(InboxView.ALL), FAMILY, false).count();

        assertThat(count.sql()).contains("c.team_id in (?1)");
        assertThat(count.parameters()).containsExactly(3L);
    }

    @Test
    void anAgentWithoutTeamMatchesNothing() {
        assertThat(
                        sql(InboxFilter.of(InboxView.ALL), AgentScope.teams(Set.of(), false), false)
                                .count()
                                .sql())
                .contains("1 = 0");
    }

    @Test
    void anAdministratorsQueryHasNoTeamRestriction() {
        assertThat(
                        sql(InboxFilter.of(InboxView.OPEN), AgentScope.everything(), false)
                                .count()
                                .sql())
                .doesNotContain("team_id in");
    }

    @Test
    void myRequestsAreThoseAssignedToMe() {
        InboxSql.Statement count = sql(InboxFilter.of(InboxView.MINE), FAMILY, false).count();

        assertThat(count.sql()).contains("c.assignee_id = ?2");
        assertThat(count.parameters()).containsExactly(3L, 7L);
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
        InboxSql.Statement count = sql(filter, FAMILY, false).count();

        assertThat(count.sql()).doesNotContain("or 1=1").doesNotContain("50%");
        assertThat(count.parameters()).contains("%x' or 1=1 --%", "%50\\%\\_off%");
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

        assertThat(sql(filter, FAMILY, true).count().sql())
                .contains("msg.body_tsv @@ plainto_tsquery('french', ?2)");
        assertThat(sql(filter, FAMILY, false).count().sql()).contains("lower(msg.body) like ?2");
    }

    @Test
    void urgencyReadsEachPartByDeadlineUpToThePagesEnd() {
        InboxSql.Statement page =
                sql(InboxFilter.of(InboxView.OPEN), FAMILY, false)
                        .page(InboxSort.URGENCY, true, 40, 20);

        assertThat(page.sql())
                .contains("c.status <> 'CLOSED' and c.first_response_at is null order by c.due_at")
                .contains("(c.status = 'CLOSED' or c.first_response_at is not null) order by")
                .contains("c.due_at asc, c.id asc limit 60)")
                .contains("order by u.urgency_rank asc, u.urgency_due asc, u.id asc")
                .endsWith("limit 20 offset 40");
        // The filter is in both parts, each with its own numbered values.
        assertThat(page.sql()).contains("c.team_id in (?1)").contains("c.team_id in (?2)");
        assertThat(page.parameters()).containsExactly(3L, 3L);
    }

    @Test
    void viewsThatHoldOnlyUnansweredConversationsNeedNoSplit() {
        String page =
                sql(InboxFilter.of(InboxView.OVERDUE), FAMILY, false)
                        .page(InboxSort.URGENCY, true, 0, 20)
                        .sql();

        assertThat(page).doesNotContain("union").contains("order by c.due_at asc, c.id asc");
    }

    @Test
    void theCountStopsOnePastItsLimitAndJoinsOnlyWhatTheFilterNeeds() {
        String count = sql(InboxFilter.of(InboxView.OPEN), FAMILY, false).count().sql();

        assertThat(count).contains("limit " + (InboxSql.COUNT_LIMIT + 1)).doesNotContain("join");
    }

    @Test
    void rareWordsAreLookedUpByTheirConversationsOnPostgres() {
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
                        "zanzibar");
        InboxSql sql = sql(filter, FAMILY, true);

        assertThat(sql.textProbe().orElseThrow().sql())
                .contains("msg.body_tsv @@ plainto_tsquery('french', ?1)")
                .endsWith("limit " + (InboxSql.FEW_TEXT_MATCHES + 1));
        sql.fewTextMatches(java.util.List.of(11L, 12L));

        InboxSql.Statement count = sql.count();
        assertThat(count.sql()).contains("c.id = any(?2)").doesNotContain("body_tsv");
        assertThat(count.parameters()).containsExactly(3L, new Long[] {11L, 12L});
        assertThat(sql.page(InboxSort.URGENCY, true, 0, 20).sql())
                .doesNotContain("union")
                .contains("order by case when c.status <> 'CLOSED'");
        assertThat(sql(filter, FAMILY, false).textProbe()).isEmpty();
    }
}
