package fr.messagerie.referential.web;

import fr.messagerie.referential.application.ReferentialAdministration;
import fr.messagerie.referential.application.TeamAdministration;
import fr.messagerie.referential.domain.Team;
import fr.messagerie.referential.domain.TeamDraft;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The teams admin page: the list, and one form that creates a team or edits the one chosen. */
@Named
@ViewScoped
public class TeamAdminBacking extends LabelledEntryForm {

    private static final long serialVersionUID = 1L;

    @Inject private TeamAdministration administration;
    @Inject private ReferentialAdministration referential;

    private String email;

    private transient List<Team> teams;

    @Override
    protected String formId() {
        return "teamForm";
    }

    @Override
    protected String errorSummaryKey() {
        return "admin.teams.error.summary";
    }

    public List<Team> getTeams() {
        if (teams == null) {
            teams = referential.teams(actor());
        }
        return teams;
    }

    public void edit(long teamId) {
        getTeams().stream()
                .filter(t -> t.getId() == teamId)
                .findFirst()
                .ifPresent(
                        team -> {
                            startEditing(team.getId());
                            code = team.getCode();
                            labelFr = team.getLabel().french();
                            labelEn = team.getLabel().english();
                            email = team.getEmail();
                        });
    }

    public void save() {
        TeamDraft draft = new TeamDraft(code, labelFr, labelEn, email);
        Long id = getEditingId();
        if (id == null) {
            submit(
                    () -> administration.create(actor(), draft),
                    "admin.teams.created",
                    code == null ? "" : code.strip());
        } else {
            submit(() -> administration.update(actor(), id, draft), "admin.teams.updated", code);
        }
    }

    public void deactivate(long teamId) {
        act(() -> administration.deactivate(actor(), teamId), "admin.teams.deactivated");
    }

    public void reactivate(long teamId) {
        act(() -> administration.reactivate(actor(), teamId), "admin.teams.reactivated");
    }

    @Override
    protected void clearOtherFields() {
        email = null;
    }

    @Override
    protected void forgetRows() {
        teams = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
