package fr.messagerie.referential.application;

import fr.messagerie.referential.domain.ReferentialProblem;
import fr.messagerie.referential.domain.Team;
import fr.messagerie.security.domain.Account;
import fr.messagerie.security.domain.AuditAction;
import fr.messagerie.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/**
 * The administrators' changes to team memberships: who works a team's conversations and who leads
 * it. The team_member table is what {@code AgentAccess} reads on every click, so a change applies
 * to the agent's next request. The lead flag decides the dashboard, assignments and the deadline
 * digest; the account's TEAM_LEAD role follows it (held while the agent leads at least one team) so
 * the navigation shows the dashboard after the agent's next sign-in.
 *
 * <p>Removing an agent leaves the conversations assigned to them as they are: their team lead sees
 * them (assignee shown in the inbox) and gives them to someone else.
 */
@ApplicationScoped
public class TeamMembershipAdministration {

    @PersistenceContext private EntityManager entityManager;
    @Inject private ReferentialChanges changes;

    public List<TeamMember> members(Account actor, long teamId) {
        changes.requireAdmin(actor);
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                "select a.id, a.login, a.display_name, tm.team_lead from"
                                    + " team_member tm join account a on a.id = tm.account_id where"
                                    + " tm.team_id = ?1 order by a.display_name, a.id")
                        .setParameter(1, teamId)
                        .getResultList();
        return rows.stream()
                .map(
                        r ->
                                new TeamMember(
                                        ((Number) r[0]).longValue(),
                                        (String) r[1],
                                        (String) r[2],
                                        Boolean.TRUE.equals(r[3])))
                .toList();
    }

    /** Active agents who are not yet members of the team. */
    public List<Account> candidates(Account actor, long teamId) {
        changes.requireAdmin(actor);
        Set<Long> members =
                Set.copyOf(members(actor, teamId).stream().map(TeamMember::accountId).toList());
        return entityManager
                .createQuery(
                        "select a from Account a where a.active = true and :agent member of"
                                + " a.roles order by a.displayName, a.id",
                        Account.class)
                .setParameter("agent", Role.AGENT)
                .getResultList()
                .stream()
                .filter(a -> !members.contains(a.getId()))
                .toList();
    }

    @Transactional
    public void add(Account actor, long teamId, Long accountId, boolean lead) {
        changes.requireAdmin(actor);
        Team team = changes.existing(Team.class, teamId);
        Account agent = accountId == null ? null : entityManager.find(Account.class, accountId);
        if (agent == null || !agent.isActive() || !agent.getRoles().contains(Role.AGENT)) {
            refuse("account", "admin.teams.error.notAnAgent");
        }
        if (isMember(teamId, accountId)) {
            refuse("account", "admin.teams.error.alreadyMember");
        }
        entityManager
                .createNativeQuery(
                        "insert into team_member (team_id, account_id, team_lead) values (?1, ?2,"
                                + " ?3)")
                .setParameter(1, teamId)
                .setParameter(2, accountId)
                .setParameter(3, lead)
                .executeUpdate();
        followLeadership(agent);
        changes.recordMembership(AuditAction.TEAM_MEMBER_ADDED, actor, team, accountId, lead);
    }

    @Transactional
    public void remove(Account actor, long teamId, long accountId) {
        changes.requireAdmin(actor);
        Team team = changes.existing(Team.class, teamId);
        int removed =
                entityManager
                        .createNativeQuery(
                                "delete from team_member where team_id = ?1 and account_id = ?2")
                        .setParameter(1, teamId)
                        .setParameter(2, accountId)
                        .executeUpdate();
        if (removed == 0) {
            refuse("account", "admin.teams.error.notMember");
        }
        followLeadership(entityManager.find(Account.class, accountId));
        changes.recordMembership(AuditAction.TEAM_MEMBER_REMOVED, actor, team, accountId, false);
    }

    @Transactional
    public void setLead(Account actor, long teamId, long accountId, boolean lead) {
        changes.requireAdmin(actor);
        Team team = changes.existing(Team.class, teamId);
        int changed =
                entityManager
                        .createNativeQuery(
                                "update team_member set team_lead = ?1 where team_id = ?2 and"
                                        + " account_id = ?3")
                        .setParameter(1, lead)
                        .setParameter(2, teamId)
                        .setParameter(3, accountId)
                        .executeUpdate();
        if (changed == 0) {
            refuse("account", "admin.teams.error.notMember");
        }
        followLeadership(entityManager.find(Account.class, accountId));
        changes.recordMembership(AuditAction.TEAM_LEAD_CHANGED, actor, team, accountId, lead);
    }

    private boolean isMember(long teamId, long accountId) {
        return !entityManager
                .createNativeQuery(
                        "select 1 from team_member where team_id = ?1 and account_id = ?2")
                .setParameter(1, teamId)
                .setParameter(2, accountId)
                .getResultList()
                .isEmpty();
    }

    private void followLeadership(Account agent) {
        if (agent == null) {
            return;
        }
        boolean leads =
                !entityManager
                        .createNativeQuery(
                                "select 1 from team_member where account_id = ?1 and team_lead ="
                                        + " TRUE")
                        .setParameter(1, agent.getId())
                        .getResultList()
                        .isEmpty();
        if (leads) {
            agent.grantRole(Role.TEAM_LEAD);
        } else {
            agent.revokeRole(Role.TEAM_LEAD);
        }
    }

    private static void refuse(String field, String key) {
        throw new InvalidReferentialEntryException(List.of(new ReferentialProblem(field, key)));
    }
}
