package fr.messagerie.referential.web;

import fr.messagerie.referential.application.ReferentialAdministration;
import fr.messagerie.referential.application.ThemeAdministration;
import fr.messagerie.referential.domain.Audience;
import fr.messagerie.referential.domain.Theme;
import fr.messagerie.referential.domain.ThemeDraft;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The themes admin page: the list, and one form that creates a theme or edits the one chosen. */
@Named
@ViewScoped
public class ThemeAdminBacking extends LabelledEntryForm {

    private static final long serialVersionUID = 1L;

    @Inject private ThemeAdministration administration;
    @Inject private ReferentialAdministration referential;

    // An array, not a list: Faces converts a selectMany's values by the array's component type.
    private Audience[] audiences = {};
    private String sortOrder;

    private transient List<Theme> themes;

    @Override
    protected String formId() {
        return "themeForm";
    }

    @Override
    protected String errorSummaryKey() {
        return "admin.themes.error.summary";
    }

    public List<Theme> getThemes() {
        if (themes == null) {
            themes = referential.themes(actor());
        }
        return themes;
    }

    public Audience[] getAllAudiences() {
        return Audience.values();
    }

    /** The theme's audiences in their usual order, as words of the page's language. */
    public String audiencesOf(Theme theme) {
        return Arrays.stream(Audience.values())
                .filter(theme.getAudiences()::contains)
                .map(a -> messages().text("admin.themes.audience." + a.name()))
                .collect(Collectors.joining(", "));
    }

    public void edit(long themeId) {
        getThemes().stream()
                .filter(t -> t.getId() == themeId)
                .findFirst()
                .ifPresent(
                        theme -> {
                            startEditing(theme.getId());
                            code = theme.getCode();
                            labelFr = theme.getLabel().french();
                            labelEn = theme.getLabel().english();
                            audiences = theme.getAudiences().toArray(Audience[]::new);
                            sortOrder = Integer.toString(theme.getSortOrder());
                        });
    }

    public void save() {
        ThemeDraft draft =
                new ThemeDraft(code, labelFr, labelEn, Set.of(audiences), number(sortOrder));
        Long id = getEditingId();
        if (id == null) {
            submit(
                    () -> administration.create(actor(), draft),
                    "admin.themes.created",
                    code == null ? "" : code.strip());
        } else {
            submit(() -> administration.update(actor(), id, draft), "admin.themes.updated", code);
        }
    }

    public void deactivate(long themeId) {
        act(() -> administration.deactivate(actor(), themeId), "admin.themes.deactivated");
    }

    public void reactivate(long themeId) {
        act(() -> administration.reactivate(actor(), themeId), "admin.themes.reactivated");
    }

    @Override
    protected void clearOtherFields() {
        audiences = new Audience[0];
        sortOrder = null;
    }

    @Override
    protected void forgetRows() {
        themes = null;
    }

    public Audience[] getAudiences() {
        return audiences.clone();
    }

    public void setAudiences(Audience[] audiences) {
        this.audiences = audiences == null ? new Audience[0] : audiences.clone();
    }

    public String getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(String sortOrder) {
        this.sortOrder = sortOrder;
    }
}
