package fr.messagerie.referential.application;

import fr.messagerie.referential.domain.Motif;
import fr.messagerie.referential.domain.OnlineService;
import fr.messagerie.referential.domain.OnlineServiceDraft;
import fr.messagerie.referential.domain.ReferentialProblem;
import fr.messagerie.referential.domain.ReferentialRules;
import fr.messagerie.security.domain.Account;
import fr.messagerie.security.domain.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The administrators' changes to online services and to the motifs that propose them. The link
 * lives on the motif (one service per motif), so saving a service also re-points the chosen motifs
 * at it and frees the motifs no longer chosen; each motif so changed gets its own audit record. A
 * deactivated service is no longer proposed by any motif, and is proposed again when reactivated.
 */
@ApplicationScoped
public class OnlineServiceAdministration {

    @PersistenceContext private EntityManager entityManager;
    @Inject private ReferentialChanges changes;

    /** The ids of the motifs that propose the service today. */
    public Set<Long> motifsProposing(Account actor, long serviceId) {
        changes.requireAdmin(actor);
        return Set.copyOf(
                entityManager
                        .createQuery(
                                "select m.id from Motif m where m.onlineService.id = :s",
                                Long.class)
                        .setParameter("s", serviceId)
                        .getResultList());
    }

    @Transactional
    public long create(Account actor, OnlineServiceDraft draft) {
        changes.requireAdmin(actor);
        List<Motif> motifs = check(draft, null);
        OnlineService service =
                new OnlineService(
                        draft.code().strip(),
                        ReferentialChanges.label(draft.labelFr(), draft.labelEn()),
                        draft.url().strip());
        entityManager.persist(service);
        entityManager.flush();
        changes.record(AuditAction.REFERENTIAL_CREATED, actor, service);
        proposeBy(actor, service, motifs);
        return service.getId();
    }

    /** The code in the draft is ignored: it never changes after creation. */
    @Transactional
    public void update(Account actor, long serviceId, OnlineServiceDraft draft) {
        changes.requireAdmin(actor);
        OnlineService service = changes.existing(OnlineService.class, serviceId);
        List<Motif> motifs =
                check(
                        new OnlineServiceDraft(
                                service.getCode(),
                                draft.labelFr(),
                                draft.labelEn(),
                                draft.url(),
                                draft.motifIds()),
                        serviceId);
        service.change(
                ReferentialChanges.label(draft.labelFr(), draft.labelEn()), draft.url().strip());
        changes.record(AuditAction.REFERENTIAL_UPDATED, actor, service);
        proposeBy(actor, service, motifs);
    }

    public void deactivate(Account actor, long serviceId) {
        changes.setActive(actor, OnlineService.class, serviceId, false);
    }

    public void reactivate(Account actor, long serviceId) {
        changes.setActive(actor, OnlineService.class, serviceId, true);
    }

    private void proposeBy(Account actor, OnlineService service, List<Motif> chosen) {
        List<Motif> current =
                entityManager
                        .createQuery(
                                "select m from Motif m where m.onlineService = :s", Motif.class)
                        .setParameter("s", service)
                        .getResultList();
        for (Motif motif : current) {
            if (!chosen.contains(motif)) {
                motif.proposeOnlineService(null);
                changes.record(AuditAction.REFERENTIAL_UPDATED, actor, motif);
            }
        }
        for (Motif motif : chosen) {
            if (!Objects.equals(motif.onlineService().orElse(null), service)) {
                motif.proposeOnlineService(service);
                changes.record(AuditAction.REFERENTIAL_UPDATED, actor, motif);
            }
        }
    }

    private List<Motif> check(OnlineServiceDraft draft, Long serviceId) {
        List<ReferentialProblem> problems = new ArrayList<>(ReferentialRules.problemsOf(draft));
        changes.checkCodeFree(problems, OnlineService.class, draft.code(), serviceId);
        List<Motif> motifs = new ArrayList<>();
        for (Long motifId : draft.motifIds()) {
            Motif motif = changes.find(Motif.class, motifId);
            if (motif == null) {
                problems.add(
                        new ReferentialProblem("motifs", "admin.referential.error.motifUnknown"));
                break;
            }
            motifs.add(motif);
        }
        ReferentialChanges.refuseIfAny(problems);
        return motifs;
    }
}
