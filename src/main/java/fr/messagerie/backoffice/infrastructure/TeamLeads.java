package fr.messagerie.backoffice.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Who leads which team, from the membership table. */
@ApplicationScoped
public class TeamLeads {

    @PersistenceContext private EntityManager entityManager;

    /** Active team leads after {@code afterId}, in id order (a batch reader's page). */
    public List<Long> leadsAfter(long afterId, int limit) {
        return entityManager
                .createNativeQuery(
                        "SELECT DISTINCT tm.account_id FROM team_member tm JOIN account a ON a.id ="
                                + " tm.account_id WHERE tm.team_lead = TRUE AND a.active = TRUE"
                                + " AND tm.account_id > ? ORDER BY tm.account_id")
                .setParameter(1, afterId)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(id -> ((Number) id).longValue())
                .toList();
    }

    public List<Long> teamsLedBy(long accountId) {
        return entityManager
                .createNativeQuery(
                        "SELECT team_id FROM team_member WHERE team_lead = TRUE AND account_id = ?"
                                + " ORDER BY team_id")
                .setParameter(1, accountId)
                .getResultList()
                .stream()
                .map(id -> ((Number) id).longValue())
                .toList();
    }
}
