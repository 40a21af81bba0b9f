package fr.messagerie.referential.web;

import fr.messagerie.referential.application.ReferentialAdministration;
import fr.messagerie.referential.application.SubjectAdministration;
import fr.messagerie.referential.domain.Subject;
import fr.messagerie.referential.domain.SubjectDraft;
import fr.messagerie.referential.domain.Theme;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The subjects admin page: the list, and one form that creates a subject under a theme or edits
 * one.
 */
@Named
@ViewScoped
public class SubjectAdminBacking extends LabelledEntryForm {

    private static final long serialVersionUID = 1L;

    @Inject private SubjectAdministration administration;
    @Inject private ReferentialAdministration referential;

    private Long themeId;
    private String sortOrder;

    private transient List<Subject> subjects;

    @Override
    protected String formId() {
        return "subjectForm";
    }

    @Override
    protected String errorSummaryKey() {
        return "admin.subjects.error.summary";
    }

    public List<Subject> getSubjects() {
        if (subjects == null) {
            subjects = referential.subjects(actor());
        }
        return subjects;
    }

    public List<Theme> getThemes() {
        return referential.themes(actor());
    }

    public void edit(long subjectId) {
        getSubjects().stream()
                .filter(s -> s.getId() == subjectId)
                .findFirst()
                .ifPresent(
                        subject -> {
                            startEditing(subject.getId());
                            code = subject.getCode();
                            labelFr = subject.getLabel().french();
                            labelEn = subject.getLabel().english();
                            themeId = subject.getTheme().getId();
                            sortOrder = Integer.toString(subject.getSortOrder());
                        });
    }

    public void save() {
        SubjectDraft draft = new SubjectDraft(code, labelFr, labelEn, themeId, number(sortOrder));
        Long id = getEditingId();
        if (id == null) {
            submit(
                    () -> administration.create(actor(), draft),
                    "admin.subjects.created",
                    code == null ? "" : code.strip());
        } else {
            submit(() -> administration.update(actor(), id, draft), "admin.subjects.updated", code);
        }
    }

    public void deactivate(long subjectId) {
        act(() -> administration.deactivate(actor(), subjectId), "admin.subjects.deactivated");
    }

    public void reactivate(long subjectId) {
        act(() -> administration.reactivate(actor(), subjectId), "admin.subjects.reactivated");
    }

    @Override
    protected void clearOtherFields() {
        themeId = null;
        sortOrder = null;
    }

    @Override
    protected void forgetRows() {
        subjects = null;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public String getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(String sortOrder) {
        this.sortOrder = sortOrder;
    }
}
