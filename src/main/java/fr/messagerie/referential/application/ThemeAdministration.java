package fr.messagerie.referential.application;

import fr.messagerie.referential.domain.ReferentialProblem;
import fr.messagerie.referential.domain.ReferentialRules;
import fr.messagerie.referential.domain.Theme;
import fr.messagerie.referential.domain.ThemeDraft;
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
 * The administrators' changes to themes: labels, order, the audiences offered the theme. A
 * deactivated theme takes its subjects and motifs out of the wizard (the catalog checks the whole
 * path) while conversations, the inbox and the dashboard keep naming it.
 */
@ApplicationScoped
public class ThemeAdministration {

    @PersistenceContext private EntityManager entityManager;
    @Inject private ReferentialChanges changes;

    @Transactional
    public long create(Account actor, ThemeDraft draft) {
        changes.requireAdmin(actor);
        check(draft, null);
        Theme theme =
                new Theme(
                        draft.code().strip(),
                        ReferentialChanges.label(draft.labelFr(), draft.labelEn()),
                        draft.sortOrder(),
                        draft.audiences());
        entityManager.persist(theme);
        entityManager.flush();
        changes.record(AuditAction.REFERENTIAL_CREATED, actor, theme);
        return theme.getId();
    }

    /** The code in the draft is ignored: it never changes after creation. */
    @Transactional
    public void update(Account actor, long themeId, ThemeDraft draft) {
        changes.requireAdmin(actor);
        Theme theme = changes.existing(Theme.class, themeId);
        check(
                new ThemeDraft(
                        theme.getCode(),
                        draft.labelFr(),
                        draft.labelEn(),
                        draft.audiences(),
                        draft.sortOrder()),
                themeId);
        theme.change(
                ReferentialChanges.label(draft.labelFr(), draft.labelEn()),
                draft.sortOrder(),
                draft.audiences());
        changes.record(AuditAction.REFERENTIAL_UPDATED, actor, theme);
    }

    public void deactivate(Account actor, long themeId) {
        changes.setActive(actor, Theme.class, themeId, false);
    }

    public void reactivate(Account actor, long themeId) {
        changes.setActive(actor, Theme.class, themeId, true);
    }

    private void check(ThemeDraft draft, Long themeId) {
        List<ReferentialProblem> problems = new ArrayList<>(ReferentialRules.problemsOf(draft));
        changes.checkCodeFree(problems, Theme.class, draft.code(), themeId);
        ReferentialChanges.refuseIfAny(problems);
    }
}
