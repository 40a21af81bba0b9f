package fr.messagerie.referential.application;

import fr.messagerie.referential.domain.LocalizedLabel;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.referential.domain.OnlineService;
import fr.messagerie.referential.domain.ReferentialEntry;
import fr.messagerie.referential.domain.ReferentialProblem;
import fr.messagerie.referential.domain.Subject;
import fr.messagerie.referential.domain.Team;
import fr.messagerie.referential.domain.Theme;
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
import java.util.List;

/**
 * What every referential administration service does the same way: the ADMIN check, the code's
 * uniqueness, the audit record (the entry's type, id and code, never a label) and deactivation. One
 * place, so the five screens cannot drift apart on the rules that protect the referential.
 */
@ApplicationScoped
public class ReferentialChanges {

    @PersistenceContext private EntityManager entityManager;
    @Inject private AuditLog audit;
    @Inject private Administrators administrators;

    public void requireAdmin(Account actor) {
        administrators.require(actor, "referential administration");
    }

    /** Adds the "code taken" problem when another entry of the same type already has the code. */
    public void checkCodeFree(
            List<ReferentialProblem> problems,
            Class<? extends ReferentialEntry> type,
            String code,
            Long ownId) {
        if (code == null
                || code.isBlank()
                || problems.stream().anyMatch(ReferentialChanges::isCode)) {
            return;
        }
        boolean taken =
                entityManager
                        .createQuery(
                                "select e.id from " + type.getSimpleName() + " e where e.code = :c",
                                Long.class)
                        .setParameter("c", code.strip())
                        .getResultList()
                        .stream()
                        .anyMatch(id -> !id.equals(ownId));
        if (taken) {
            problems.add(
                    new ReferentialProblem(
                            "code", "admin.referential.error.codeTaken." + auditType(type)));
        }
    }

    public static void refuseIfAny(List<ReferentialProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidReferentialEntryException(problems);
        }
    }

    public <T> T find(Class<T> type, Long id) {
        return id == null ? null : entityManager.find(type, id);
    }

    /**
     * @throws IllegalArgumentException when there is no such entry (a forged or stale id)
     */
    public <T extends ReferentialEntry> T existing(Class<T> type, long id) {
        T entry = entityManager.find(type, id);
        if (entry == null) {
            throw new IllegalArgumentException("No " + type.getSimpleName() + " " + id);
        }
        return entry;
    }

    /** Hides an entry from new choices, or offers it again; audited either way. */
    @Transactional
    public <T extends ReferentialEntry> T setActive(
            Account actor, Class<T> type, long id, boolean active) {
        requireAdmin(actor);
        T entry = existing(type, id);
        if (active) {
            entry.reactivate();
        } else {
            entry.deactivate();
        }
        record(
                active ? AuditAction.REFERENTIAL_REACTIVATED : AuditAction.REFERENTIAL_DEACTIVATED,
                actor,
                entry);
        return entry;
    }

    // The audit commits on its own (REQUIRES_NEW) before the change does; a later failure of the
    // commit (a code taken concurrently) leaves an event for a change that did not happen, which an
    // investigation can tell from the referential itself.
    public void record(AuditAction action, Account actor, ReferentialEntry entry) {
        audit.record(
                action,
                AuditActor.of(actor),
                AuditTarget.referential(auditType(entry.getClass()), entry.getId()),
                entry.getCode());
    }

    /**
     * A team membership change: the team is the target; the detail holds its code, the agent's
     * account id and whether they lead the team.
     */
    public void recordMembership(
            AuditAction action, Account actor, Team team, long accountId, boolean lead) {
        audit.record(
                action,
                AuditActor.of(actor),
                AuditTarget.referential(AuditTarget.TEAM, team.getId()),
                team.getCode() + " account=" + accountId + " lead=" + lead);
    }

    static String auditType(Class<?> type) {
        if (Theme.class.isAssignableFrom(type)) {
            return AuditTarget.THEME;
        }
        if (Subject.class.isAssignableFrom(type)) {
            return AuditTarget.SUBJECT;
        }
        if (Motif.class.isAssignableFrom(type)) {
            return AuditTarget.MOTIF;
        }
        if (OnlineService.class.isAssignableFrom(type)) {
            return AuditTarget.ONLINE_SERVICE;
        }
        if (Team.class.isAssignableFrom(type)) {
            return AuditTarget.TEAM;
        }
        throw new IllegalArgumentException("Not a referential entry: " + type);
    }

    private static boolean isCode(ReferentialProblem problem) {
        return "code".equals(problem.field());
    }

    static LocalizedLabel label(String french, String english) {
        return new LocalizedLabel(french.strip(), english.strip());
    }
}
