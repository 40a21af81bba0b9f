package fr.messagerie.backoffice.web;

import fr.messagerie.backoffice.application.CannedResponseAdministration;
import fr.messagerie.backoffice.domain.CannedResponse;
import fr.messagerie.platform.web.UserMessages;
import fr.messagerie.referential.application.InvalidReferentialEntryException;
import fr.messagerie.referential.application.ReferentialAdministration;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.referential.domain.ReferentialProblem;
import fr.messagerie.referential.domain.Team;
import fr.messagerie.security.application.CurrentAccount;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The canned responses admin page: the list, and one form to create or edit a response. */
@Named
@ViewScoped
public class CannedResponseAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "cannedForm:";

    @Inject private CannedResponseAdministration administration;
    @Inject private ReferentialAdministration referential;
    @Inject private CurrentAccount currentAccount;
    @Inject private UserMessages messages;

    private Long editingId;
    private String title;
    private String body;
    private Long motifId;
    private Long teamId;
    private String sortOrder;

    private transient List<CannedResponse> responses;
    private transient Map<Long, String> motifLabels;
    private transient Map<Long, String> teamLabels;

    public List<CannedResponse> getResponses() {
        if (responses == null) {
            responses = administration.all(currentAccount.get());
        }
        return responses;
    }

    public List<Motif> getMotifs() {
        return referential.motifs(currentAccount.get());
    }

    public List<Team> getTeams() {
        return referential.teams(currentAccount.get());
    }

    public String motifLabel(Motif motif) {
        return motif.getLabel().in(locale()) + " (" + motif.getCode() + ")";
    }

    public String teamLabel(Team team) {
        return team.getLabel().in(locale());
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
                .map(id -> messages.text("admin.canned.scope.motif") + " " + motifLabels.get(id))
                .orElseGet(
                        () ->
                                messages.text("admin.canned.scope.team")
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
                            editingId = r.getId();
                            title = r.getTitle();
                            body = r.getBody();
                            motifId = r.motifId().orElse(null);
                            teamId = r.teamId().orElse(null);
                            sortOrder = Integer.toString(r.getSortOrder());
                        });
    }

    public void save() {
        Integer order = number(sortOrder);
        try {
            if (editingId == null) {
                administration.create(currentAccount.get(), title, body, motifId, teamId, order);
                messages.info("admin.canned.created");
            } else {
                administration.update(
                        currentAccount.get(), editingId, title, body, motifId, teamId, order);
                messages.info("admin.canned.updated");
            }
            cancel();
        } catch (InvalidReferentialEntryException e) {
            for (ReferentialProblem problem : e.problems()) {
                messages.errorOn(FORM + problem.field(), problem.messageKey());
            }
            messages.error("admin.canned.error.summary");
        }
    }

    public void delete(long id) {
        administration.delete(currentAccount.get(), id);
        messages.info("admin.canned.deleted");
        cancel();
    }

    public void cancel() {
        editingId = null;
        title = null;
        body = null;
        motifId = null;
        teamId = null;
        sortOrder = null;
        responses = null;
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static Integer number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean isEditing() {
        return editingId != null;
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
