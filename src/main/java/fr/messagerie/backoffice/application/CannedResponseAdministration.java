package fr.messagerie.backoffice.application;

import fr.messagerie.backoffice.domain.CannedResponse;
import fr.messagerie.backoffice.domain.CannedResponseRules;
import fr.messagerie.referential.application.InvalidReferentialEntryException;
import fr.messagerie.referential.application.ReferentialCatalog;
import fr.messagerie.referential.domain.ReferentialProblem;
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

/**
 * The administrators' changes to canned responses. Deleting is real (no conversation refers to a
 * canned response: the agent's reply is a copy of its text). Each change is audited with the
 * response's id; the title and body are free text and never go to the trail.
 */
@ApplicationScoped
public class CannedResponseAdministration {

    @PersistenceContext private EntityManager entityManager;
    @Inject private Administrators administrators;
    @Inject private AuditLog audit;
    @Inject private ReferentialCatalog catalog;

    public List<CannedResponse> all(Account actor) {
        administrators.require(actor, "canned responses");
        return entityManager
                .createQuery(
                        "select r from CannedResponse r order by r.teamId, r.motifId, r.sortOrder,"
                                + " r.id",
                        CannedResponse.class)
                .getResultList();
    }

    @Transactional
    public long create(
            Account actor, String title, String body, Long motifId, Long teamId, Integer order) {
        administrators.require(actor, "canned responses");
        check(title, body, motifId, teamId, order);
        CannedResponse response =
                new CannedResponse(title.strip(), body.strip(), motifId, teamId, order);
        entityManager.persist(response);
        entityManager.flush();
        record(AuditAction.REFERENTIAL_CREATED, actor, response.getId());
        return response.getId();
    }

    @Transactional
    public void update(
            Account actor,
            long id,
            String title,
            String body,
            Long motifId,
            Long teamId,
            Integer order) {
        administrators.require(actor, "canned responses");
        CannedResponse response = existing(id);
        check(title, body, motifId, teamId, order);
        response.change(title.strip(), body.strip(), motifId, teamId, order);
        record(AuditAction.REFERENTIAL_UPDATED, actor, id);
    }

    @Transactional
    public void delete(Account actor, long id) {
        administrators.require(actor, "canned responses");
        entityManager.remove(existing(id));
        record(AuditAction.REFERENTIAL_DELETED, actor, id);
    }

    private void check(String title, String body, Long motifId, Long teamId, Integer order) {
        List<ReferentialProblem> problems = new ArrayList<>();
        CannedResponseRules.problemsOf(title, body, motifId, teamId, order)
                .forEach(p -> problems.add(new ReferentialProblem(p.field(), p.messageKey())));
        if (motifId != null && catalog.motif(motifId).isEmpty()) {
            problems.add(new ReferentialProblem("motif", "admin.canned.error.oneScope"));
        }
        if (teamId != null && entityManager.find(Team.class, teamId) == null) {
            problems.add(new ReferentialProblem("team", "admin.canned.error.oneScope"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidReferentialEntryException(problems);
        }
    }

    private CannedResponse existing(long id) {
        CannedResponse response = entityManager.find(CannedResponse.class, id);
        if (response == null) {
            throw new IllegalArgumentException("No canned response " + id);
        }
        return response;
    }

    private void record(AuditAction action, Account actor, long id) {
        audit.record(action, AuditActor.of(actor), AuditTarget.cannedResponse(id), null);
    }
}
