package fr.messagerie.backoffice.web;

import fr.messagerie.backoffice.application.CannedResponseAdministration;
import fr.messagerie.backoffice.domain.CannedResponse;
import fr.messagerie.referential.application.ReferentialAdministration;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.referential.domain.Team;
import fr.messagerie.referential.web.AdminForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The canned responses admin page: the list, and one form to create or edit a response. */
@Named
@ViewScoped
public class CannedResponseAdminBacking extends AdminForm {

    private static final long serialVersionUID = 1L;

    @Inject private CannedResponseAdministration administration;
    @Inject private ReferentialAdministration referential;

    private String title;
    private String body;
    private Long motifId;
    private Long teamId;
    private String sortOrder;

    private transient List<CannedResponse> responses;
    private transient Map<Long, String> motifLabels;
    private transient Map<Long, String> teamLabels;

    @Override
    protected String formId() {
        return "cannedForm";
    }

    @Override
    protected String errorSummaryKey() {
        return "admin.canned.error.summary";
    }

    public List<CannedResponse> getResponses() {
        if (responses == null) {
            responses = administration.all(actor());
        }
        return responses;
    }

    public List<Motif> getMotifs() {
        return referential.motifs(actor());
    }

    public List<Team> getTeams() {
        return referential.teams(actor());
    }

    public String motifLabel(Motif motif) {
        return label(motif.getLabel()) + " (" + motif.getCode() + ")";
    }

    public String teamLabel(Team team) {
        return label(team.getLabel());
    }

    /** "Motif: label" or "Team: label", for the list. */
    public String scopeOf(CannedResponse response) {
        if (motifLabels == null) {
            motifLabels =
                    getMotifs().stream().collect(Collectors.toMap(Motif::getId, this::motifLabel));
            teamLabels =
                    getTeams().stream().collect(Collectors.toMap(Team::getId, this::teamLabel));
        }
        return response.motifId()
                .map(id -> messages().text("admin.canned.scope.motif") + " " + motifLabels.get(id))
                .orElseGet(
                        () ->
                                messages().text("admin.canned.scope.team")
                                        + " "
                                        + response.teamId().map(teamLabels::get).orElse(""));
    }

    public void edit(long id) {
        responses = null;
        getResponses().stream()
                .filter(r -> r.getId() == id)
                .findFirst()
                .ifPresent(
                        r -> {
                            startEditing(r.getId());
                            title = r.getTitle();
                            body = r.getBody();
                            motifId = r.motifId().orElse(null);
                            teamId = r.teamId().orElse(null);
                            sortOrder = Integer.toString(r.getSortOrder());
                        });
    }

    public void save() {
        Integer order = number(sortOrder);
        Long id = getEditingId();
        if (id == null) {
            submit(
                    () -> administration.create(actor(), title, body, motifId, teamId, order),
                    "admin.canned.created");
        } else {
            submit(
                    () -> administration.update(actor(), id, title, body, motifId, teamId, order),
                    "admin.canned.updated");
        }
    }

    public void delete(long id) {
        act(() -> administration.delete(actor(), id), "admin.canned.deleted");
        cancel();
    }

    @Override
    protected void clearFields() {
        title = null;
        body = null;
        motifId = null;
        teamId = null;
        sortOrder = null;
    }

    @Override
    protected void forgetRows() {
        responses = null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getMotifId() {
        return motifId;
    }

    public void setMotifId(Long motifId) {
        this.motifId = motifId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public String getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(String sortOrder) {
        this.sortOrder = sortOrder;
    }
}
