package fr.messagerie.backoffice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentScopeTest {

    @Test
    void anAgentReachesOnlyTheirTeams() {
        AgentScope scope = AgentScope.teams(Set.of(3L), false);

        assertThat(scope.includes(3L)).isTrue();
        assertThat(scope.includes(5L)).isFalse();
    }

    @Test
    void anAdministratorReachesEveryTeam() {
        assertThat(AgentScope.everything().includes(5L)).isTrue();
    }

    @Test
    void anAgentWithoutTeamReachesNothing() {
        AgentScope scope = AgentScope.teams(Set.of(), false);

        assertThat(scope.isEmpty()).isTrue();
        assertThat(scope.includes(3L)).isFalse();
    }
}
