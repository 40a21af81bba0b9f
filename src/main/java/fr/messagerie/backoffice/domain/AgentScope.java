package fr.messagerie.backoffice.domain;

import java.util.Set;

/**
 * The conversations a staff member may see and act on: those of the teams they belong to, or all of
 * them for an administrator. Someone outside the scope is told a conversation does not exist.
 *
 * @param allTeams true for administrators
 * @param teamIds the teams of the agent (ignored when {@code allTeams})
 * @param leadsATeam true when the person leads at least one team or administers the service
 */
public record AgentScope(boolean allTeams, Set<Long> teamIds, boolean leadsATeam) {

    public AgentScope {
        teamIds = Set.copyOf(teamIds);
    }

    public static AgentScope everything() {
        return new AgentScope(true, Set.of(), true);
    }

    public static AgentScope teams(Set<Long> teamIds, boolean leadsATeam) {
        return new AgentScope(false, teamIds, leadsATeam);
    }

    public boolean includes(long teamId) {
        return allTeams || teamIds.contains(teamId);
    }

    /** Nobody's conversations: an agent not (yet) in any team. */
    public boolean isEmpty() {
        return !allTeams && teamIds.isEmpty();
    }
}
