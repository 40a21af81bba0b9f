package fr.messagerie.referential.application;

import fr.messagerie.referential.domain.LocalizedLabel;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.referential.domain.MotifDraft;
import fr.messagerie.referential.domain.OnlineService;
import fr.messagerie.referential.domain.ReferentialProblem;
import fr.messagerie.referential.domain.ReferentialRules;
import fr.messagerie.referential.domain.Subject;
import fr.messagerie.referential.domain.Team;
import fr.messagerie.referential.domain.Theme;
import fr.messagerie.security.domain.Account;
import fr.messagerie.security.domain.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The administrators' changes to motifs, and the lists every referential screen chooses from. Every
 * method checks the actor is an administrator (the page's web.xml constraint is not the only lock)
 * and records the change in the audit trail with the entry's id and code, never a person's data;
 * {@link ReferentialChanges} does both for every referential screen.
 *
 * <p>Entries are never deleted, only deactivated: conversations keep their motif id, and {@link
 * ReferentialCatalog#motif(long)} still finds a deactivated motif for their pages.
 *
 * <p>The entities sit in EclipseLink's shared cache ({@code @Cacheable}). Changes go through this
 * instance's JPA, so the commit merges them into the cache and the wizard sees them at once. On a
 * cluster each instance has its own cache: the others would keep the old copy until it is evicted,
 * so a clustered deployment needs EclipseLink cache coordination (or a restart) after an edit.
 */
@ApplicationScoped
public class ReferentialAdministration {

    @PersistenceContext private EntityManager entityManager;
    @Inject private ReferentialChanges changes;

    /** Every motif, active or not, in the order of the taxonomy, for the admin list. */
    public List<Motif> motifs(Account actor) {
        changes.requireAdmin(actor);
        return entityManager
                .createQuery(
                        "select m from Motif m order by m.subject.theme.sortOrder,"
                                + " m.subject.sortOrder, m.sortOrder, m.id",
                        Motif.class)
                .getResultList();
    }

    public List<Theme> themes(Account actor) {
        changes.requireAdmin(actor);
        return entityManager
                .createQuery("select t from Theme t order by t.sortOrder, t.id", Theme.class)
                .getResultList();
    }

    public List<Subject> subjects(Account actor) {
        changes.requireAdmin(actor);
        return entityManager
                .createQuery(
                        "select s from Subject s order by s.theme.sortOrder, s.sortOrder, s.id",
                        Subject.class)
                .getResultList();
    }

    public List<Team> teams(Account actor) {
        changes.requireAdmin(actor);
        return entityManager
                .createQuery("select t from Team t order by t.code", Team.class)
                .getResultList();
    }

    public List<OnlineService> onlineServices(Account actor) {
        changes.requireAdmin(actor);
        return entityManager
                .createQuery("select o from OnlineService o order by o.code", OnlineService.class)
                .getResultList();
    }

    public Optional<Motif> motif(Account actor, long motifId) {
        changes.requireAdmin(actor);
        return Optional.ofNullable(entityManager.find(Motif.class, motifId));
    }

    @Transactional
    public long createMotif(Account actor, MotifDraft draft) {
        changes.requireAdmin(actor);
        Resolved resolved = check(draft, null, true);
        Motif motif =
                new Motif(
                        draft.code().strip(),
                        resolved.subject(),
                        label(draft),
                        draft.sortOrder(),
                        resolved.onlineService(),
                        resolved.team(),
                        draft.slaWorkingDays());
        entityManager.persist(motif);
        entityManager.flush();
        changes.record(AuditAction.REFERENTIAL_CREATED, actor, motif);
        return motif.getId();
    }

    /** Edits a motif; its code is its stable name in imports and the audit trail and stays. */
    @Transactional
    public void updateMotif(Account actor, long motifId, MotifDraft draft) {
        changes.requireAdmin(actor);
        Motif motif = changes.existing(Motif.class, motifId);
        MotifDraft sameCode =
                new MotifDraft(
                        motif.getCode(),
                        draft.labelFr(),
                        draft.labelEn(),
                        draft.subjectId(),
                        draft.teamId(),
                        draft.onlineServiceId(),
                        draft.slaWorkingDays(),
                        draft.sortOrder());
        Resolved resolved = check(sameCode, motifId, motif.isActive());
        motif.change(
                resolved.subject(),
                label(draft),
                draft.sortOrder(),
                resolved.onlineService(),
                resolved.team(),
                draft.slaWorkingDays());
        changes.record(AuditAction.REFERENTIAL_UPDATED, actor, motif);
    }

    public void deactivateMotif(Account actor, long motifId) {
        changes.setActive(actor, Motif.class, motifId, false);
    }

    /** Refused while the motif's team is deactivated: it would route to nobody. */
    @Transactional
    public void reactivateMotif(Account actor, long motifId) {
        changes.requireAdmin(actor);
        if (!changes.existing(Motif.class, motifId).getTeam().isActive()) {
            throw new InvalidReferentialEntryException(
                    List.of(
                            new ReferentialProblem(
                                    "team", "admin.referential.error.teamInactive")));
        }
        changes.setActive(actor, Motif.class, motifId, true);
    }

    private record Resolved(Subject subject, Team team, OnlineService onlineService) {}

    private Resolved check(MotifDraft draft, Long motifId, boolean active) {
        List<ReferentialProblem> problems = new ArrayList<>(ReferentialRules.problemsOf(draft));
        changes.checkCodeFree(problems, Motif.class, draft.code(), motifId);
        Subject subject = changes.find(Subject.class, draft.subjectId());
        Team team = changes.find(Team.class, draft.teamId());
        OnlineService service = changes.find(OnlineService.class, draft.onlineServiceId());
        if (draft.subjectId() != null && subject == null) {
            problems.add(
                    new ReferentialProblem("subject", "admin.referential.error.subjectRequired"));
        }
        if (draft.teamId() != null && team == null) {
            problems.add(new ReferentialProblem("team", "admin.referential.error.teamRequired"));
        } else if (active && team != null && !team.isActive()) {
            // New conversations would land in a team nobody is expected to watch any more.
            problems.add(new ReferentialProblem("team", "admin.referential.error.teamInactive"));
        }
        if (draft.onlineServiceId() != null && service == null) {
            problems.add(
                    new ReferentialProblem(
                            "onlineService", "admin.referential.error.onlineServiceUnknown"));
        }
        ReferentialChanges.refuseIfAny(problems);
        return new Resolved(subject, team, service);
    }

    private static LocalizedLabel label(MotifDraft draft) {
        return ReferentialChanges.label(draft.labelFr(), draft.labelEn());
    }
}
