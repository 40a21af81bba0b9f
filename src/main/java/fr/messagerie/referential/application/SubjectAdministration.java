package fr.messagerie.referential.application;

import fr.messagerie.referential.domain.ReferentialProblem;
import fr.messagerie.referential.domain.ReferentialRules;
import fr.messagerie.referential.domain.Subject;
import fr.messagerie.referential.domain.SubjectDraft;
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

/**
 * The administrators' changes to subjects. A subject may move to another theme (its motifs and
 * their conversations follow, since they point at it by id); a deactivated subject and its motifs
 * leave the wizard but not the conversations that use them.
 */
@ApplicationScoped
public class SubjectAdministration {

    @PersistenceContext private EntityManager entityManager;
    @Inject private ReferentialChanges changes;

    @Transactional
    public long create(Account actor, SubjectDraft draft) {
        changes.requireAdmin(actor);
        Theme theme = check(draft, null);
        Subject subject =
                new Subject(
                        draft.code().strip(),
                        theme,
                        ReferentialChanges.label(draft.labelFr(), draft.labelEn()),
                        draft.sortOrder());
        entityManager.persist(subject);
        entityManager.flush();
        changes.record(AuditAction.REFERENTIAL_CREATED, actor, subject);
        return subject.getId();
    }

    /** The code in the draft is ignored: it never changes after creation. */
    @Transactional
    public void update(Account actor, long subjectId, SubjectDraft draft) {
        changes.requireAdmin(actor);
        Subject subject = changes.existing(Subject.class, subjectId);
        Theme theme =
                check(
                        new SubjectDraft(
                                subject.getCode(),
                                draft.labelFr(),
                                draft.labelEn(),
                                draft.themeId(),
                                draft.sortOrder()),
                        subjectId);
        subject.change(
                theme,
                ReferentialChanges.label(draft.labelFr(), draft.labelEn()),
                draft.sortOrder());
        changes.record(AuditAction.REFERENTIAL_UPDATED, actor, subject);
    }

    public void deactivate(Account actor, long subjectId) {
        changes.setActive(actor, Subject.class, subjectId, false);
    }

    public void reactivate(Account actor, long subjectId) {
        changes.setActive(actor, Subject.class, subjectId, true);
    }

    private Theme check(SubjectDraft draft, Long subjectId) {
        List<ReferentialProblem> problems = new ArrayList<>(ReferentialRules.problemsOf(draft));
        changes.checkCodeFree(problems, Subject.class, draft.code(), subjectId);
        Theme theme = changes.find(Theme.class, draft.themeId());
        if (draft.themeId() != null && theme == null) {
            problems.add(new ReferentialProblem("theme", "admin.referential.error.themeRequired"));
        }
        ReferentialChanges.refuseIfAny(problems);
        return theme;
    }
}
