package fr.messagerie.document.application;

import fr.messagerie.security.domain.Account;
import fr.messagerie.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The teams a staff member works for (the team_member table), which decide what they may see of
 * documents and appointments. Admins see everything: their answer is empty ("no restriction").
 * Shared with the appointment feature until the security feature offers the same question.
 */
@ApplicationScoped
public class AgentTeams {

    @PersistenceContext private EntityManager entityManager;

    /** The staff member's teams, or empty for an admin (every team). */
    public Optional<Set<Long>> restrictionFor(Account staff) {
        if (staff.getRoles().contains(Role.ADMIN)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Number> ids =
                entityManager
                        .createNativeQuery("select team_id from team_member where account_id = ?")
                        .setParameter(1, staff.getId())
                        .getResultList();
        return Optional.of(ids.stream().map(Number::longValue).collect(Collectors.toSet()));
    }

    public boolean mayHandle(Account staff, Long teamId) {
        return restrictionFor(staff)
                .map(teams -> teamId != null && teams.contains(teamId))
                .orElse(true);
    }
}
