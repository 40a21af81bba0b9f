package fr.messagerie.backoffice.application;

import fr.messagerie.backoffice.domain.AgentScope;
import fr.messagerie.conversation.application.ConversationNotFoundException;
import fr.messagerie.conversation.domain.Conversation;
import fr.messagerie.conversation.infrastructure.ConversationRepository;
import fr.messagerie.security.domain.Account;
import fr.messagerie.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place that decides which conversations a staff member reaches: every back-office query
 * and action asks it first. Memberships are read from the database on each call rather than from
 * the session, so removing an agent from a team takes effect on their next click. A conversation
 * outside the scope is answered exactly like a missing one.
 */
@ApplicationScoped
public class AgentAccess {

    @PersistenceContext private EntityManager entityManager;
    @Inject private ConversationRepository conversations;

    public AgentScope scopeOf(Account account) {
        Set<String> roles = account.getRoles();
        if (roles.contains(Role.ADMIN)) {
            return AgentScope.everything();
        }
        if (!roles.contains(Role.AGENT) && !roles.contains(Role.TEAM_LEAD)) {
            return AgentScope.teams(Set.of(), false);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                "select team_id, team_lead from team_member where account_id = ?1")
                        .setParameter(1, account.getId())
                        .getResultList();
        Set<Long> teams = new HashSet<>();
        boolean leads = false;
        for (Object[] row : rows) {
            teams.add(((Number) row[0]).longValue());
            leads |= Boolean.TRUE.equals(row[1]);
        }
        return AgentScope.teams(teams, leads);
    }

    /**
     * The conversation if the account may work on it.
     *
     * @throws ConversationNotFoundException if it does not exist or lies outside the scope
     */
    public Conversation conversation(Account account, long conversationId) {
        AgentScope scope = scopeOf(account);
        return conversations
                .findById(conversationId)
                .filter(conversation -> scope.includes(conversation.getTeamId()))
                .orElseThrow(ConversationNotFoundException::new);
    }

    /** Team leads and administrators see the dashboard and may assign to others. */
    public boolean leads(Account account) {
        return scopeOf(account).leadsATeam();
    }

    /** The agents an assignment may target: members of the conversation's team. */
    public boolean isMemberOf(long accountId, long teamId) {
        return !entityManager
                .createNativeQuery(
                        "select 1 from team_member where account_id = ?1 and team_id = ?2")
                .setParameter(1, accountId)
                .setParameter(2, teamId)
                .getResultList()
                .isEmpty();
    }
}
