package fr.messagerie.referential.application;

import fr.messagerie.referential.domain.LocalizedLabel;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.referential.domain.MotifDraft;
import fr.messagerie.referential.domain.OnlineService;
import fr.messagerie.referential.domain.ReferentialProblem;
import fr.messagerie.referential.domain.ReferentialRules;
import fr.messagerie.referential.domain.Subject;
import fr.messagerie.referential.domain.Team;
import fr.messagerie.security.application.Administrators;
import fr.messagerie.security.application.AuditActor;
import fr.messagerie.security.application.AuditLog;
import fr.messagerie.security.application.AuditTarget;
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
 * The administrators' changes to the referential. Every method checks the actor is an administrator
 * (the page's web.xml constraint is not the only lock) and records the change in the audit trail
 * with the entry's id and code, never a person's data.
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
    @Inject private AuditLog audit;
    @Inject private Administrators administrators;

    /** Every motif, active or not, in the order of the taxonomy, for the admin list. */
    public List<Motif> motifs(Account actor) {
        requireAdmin(actor);
        return entityManager
                .createQuery(
                        "select m from Motif m order by m.subject.theme.sortOrder,"
                                + " m.subject.sortOrder, m.sortOrder, m.id",
                        Motif.class)
                .getResultList();
    }

    public List<Subject> subjects(Account actor) {
        requireAdmin(actor);
        return entityManager
                .createQuery(
                        "select s from Subject s order by s.theme.sortOrder, s.sortOrder, s.id",
                        Subject.class)
                .getResultList();
    }

    public List<Team> teams(Account actor) {
        requireAdmin(actor);
        return entityManager
                .createQuery("select t from Team t order by t.code", Team.class)
                .getResultList();
    }

    public List<OnlineService> onlineServices(Account actor) {
        requireAdmin(actor);
        return entityManager
                .createQuery("select o from OnlineService o order by o.code", OnlineService.class)
                .getResultList();
    }

    public Optional<Motif> motif(Account actor, long motifId) {
        requireAdmin(actor);
        return Optional.ofNullable(entityManager.find(Motif.class, motifId));
    }

    @Transactional
    public long createMotif(Account actor, MotifDraft draft) {
        requireAdmin(actor);
        Resolved resolved = check(draft, null);
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
        record(AuditAction.REFERENTIAL_CREATED, actor, motif);
        return motif.getId();
    }

    /** Edits a motif; its code is its stable name in imports and the audit trail and stays. */
    @Transactional
    public void updateMotif(Account actor, long motifId, MotifDraft draft) {
        requireAdmin(actor);
        Motif motif = existing(motifId);
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
        Resolved resolved = check(sameCode, motifId);
        motif.change(
                resolved.subject(),
                label(draft),
                draft.sortOrder(),
                resolved.onlineService(),
                resolved.team(),
                draft.slaWorkingDays());
        record(AuditAction.REFERENTIAL_UPDATED, actor, motif);
    }

    @Transactional
    public void deactivateMotif(Account actor, long motifId) {
        requireAdmin(actor);
        Motif motif = existing(motifId);
        motif.deactivate();
        record(AuditAction.REFERENTIAL_DEACTIVATED, actor, motif);
    }

    @Transactional
    public void reactivateMotif(Account actor, long motifId) {
        requireAdmin(actor);
        Motif motif = existing(motifId);
        motif.reactivate();
        record(AuditAction.REFERENTIAL_REACTIVATED, actor, motif);
    }

    private record Resolved(Subject subject, Team team, OnlineService onlineService) {}

    private Resolved check(MotifDraft draft, Long motifId) {
        List<ReferentialProblem> problems = new ArrayList<>(ReferentialRules.problemsOf(draft));
        if (draft.code() != null
                && ReferentialRules.isCode(draft.code().strip())
                && codeTaken(draft.code().strip(), motifId)) {
            problems.add(new ReferentialProblem("code", "admin.referential.error.codeTaken"));
        }
        Subject subject = find(Subject.class, draft.subjectId());
        Team team = find(Team.class, draft.teamId());
        OnlineService service = find(OnlineService.class, draft.onlineServiceId());
        if (draft.subjectId() != null && subject == null) {
            problems.add(
                    new ReferentialProblem("subject", "admin.referential.error.subjectRequired"));
        }
        if (draft.teamId() != null && team == null) {
            problems.add(new ReferentialProblem("team", "admin.referential.error.teamRequired"));
        }
        if (draft.onlineServiceId() != null && service == null) {
            problems.add(
                    new ReferentialProblem(
                            "onlineService", "admin.referential.error.onlineServiceUnknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidReferentialEntryException(problems);
        }
        return new Resolved(subject, team, service);
    }

    private boolean codeTaken(String code, Long motifId) {
        return entityManager
                .createQuery("select m.id from Motif m where m.code = :code", Long.class)
                .setParameter("code", code)
                .getResultList()
                .stream()
                .anyMatch(id -> !id.equals(motifId));
    }

    private <T> T find(Class<T> type, Long id) {
        return id == null ? null : entityManager.find(type, id);
    }

    private Motif existing(long motifId) {
        Motif motif = entityManager.find(Motif.class, motifId);
        if (motif == null) {
            throw new IllegalArgumentException("No motif " + motifId);
        }
        return motif;
    }

    private static LocalizedLabel label(MotifDraft draft) {
        return new LocalizedLabel(draft.labelFr().strip(), draft.labelEn().strip());
    }

    private void requireAdmin(Account actor) {
        administrators.require(actor, "referential administration");
    }

    // The audit commits on its own (REQUIRES_NEW) before this transaction does; a later failure
    // of the commit (a code taken concurrently) leaves an event for a change that did not happen,
    // which an investigation can tell from the referential itself.
    private void record(AuditAction action, Account actor, Motif motif) {
        audit.record(
                action, AuditActor.of(actor), AuditTarget.motif(motif.getId()), motif.getCode());
    }
}
