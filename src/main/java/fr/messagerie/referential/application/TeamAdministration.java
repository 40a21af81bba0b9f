package fr.messagerie.referential.application;

import fr.messagerie.referential.domain.ReferentialProblem;
import fr.messagerie.referential.domain.ReferentialRules;
import fr.messagerie.referential.domain.Team;
import fr.messagerie.referential.domain.TeamDraft;
import fr.messagerie.security.domain.Account;
import fr.messagerie.security.domain.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrators' changes to teams. A team may be deactivated only once no active motif routes
 * to it any more (new conversations would land where nobody looks); its conversations and members
 * stay, so its agents keep working what it already received.
 */
@ApplicationScoped
public class TeamAdministration {

    @PersistenceContext private EntityManager entityManager;
    @Inject private ReferentialChanges changes;

    @Transactional
    public long create(Account actor, TeamDraft draft) {
        changes.requireAdmin(actor);
        check(draft, null);
        Team team =
                new Team(
                        draft.code().strip(),
                        ReferentialChanges.label(draft.labelFr(), draft.labelEn()),
                        email(draft));
        entityManager.persist(team);
        entityManager.flush();
        changes.record(AuditAction.REFERENTIAL_CREATED, actor, team);
        return team.getId();
    }

    /** The code in the draft is ignored: it never changes after creation. */
    @Transactional
    public void update(Account actor, long teamId, TeamDraft draft) {
        changes.requireAdmin(actor);
        Team team = changes.existing(Team.class, teamId);
        check(
                new TeamDraft(team.getCode(), draft.labelFr(), draft.labelEn(), draft.email()),
                teamId);
        team.change(ReferentialChanges.label(draft.labelFr(), draft.labelEn()), email(draft));
        changes.record(AuditAction.REFERENTIAL_UPDATED, actor, team);
    }

    @Transactional
    public void deactivate(Account actor, long teamId) {
        changes.requireAdmin(actor);
        long routed =
                entityManager
                        .createQuery(
                                "select count(m) from Motif m where m.team.id = :t and m.active ="
                                        + " true",
                                Long.class)
                        .setParameter("t", teamId)
                        .getSingleResult();
        if (routed > 0) {
            throw new InvalidReferentialEntryException(
                    List.of(
                            new ReferentialProblem(
                                    "team", "admin.referential.error.teamStillRouted")));
        }
        changes.setActive(actor, Team.class, teamId, false);
    }

    public void reactivate(Account actor, long teamId) {
        changes.setActive(actor, Team.class, teamId, true);
    }

    private void check(TeamDraft draft, Long teamId) {
        List<ReferentialProblem> problems = new ArrayList<>(ReferentialRules.problemsOf(draft));
        changes.checkCodeFree(problems, Team.class, draft.code(), teamId);
        ReferentialChanges.refuseIfAny(problems);
    }

    private static String email(TeamDraft draft) {
        return draft.email() == null || draft.email().isBlank() ? null : draft.email().strip();
    }
}
