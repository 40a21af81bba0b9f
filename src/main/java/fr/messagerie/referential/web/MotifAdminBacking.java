package fr.messagerie.referential.web;

import fr.messagerie.referential.application.ReferentialAdministration;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.referential.domain.MotifDraft;
import fr.messagerie.referential.domain.OnlineService;
import fr.messagerie.referential.domain.Subject;
import fr.messagerie.referential.domain.Team;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The motifs admin page: the list with its edit and (de)activate buttons, and one form that creates
 * a motif or edits the one chosen.
 */
@Named
@ViewScoped
public class MotifAdminBacking extends LabelledEntryForm {

    private static final long serialVersionUID = 1L;

    @Inject private ReferentialAdministration administration;

    private Long subjectId;
    private Long teamId;
    private Long onlineServiceId;
    private String slaWorkingDays;
    private String sortOrder;

    private transient List<Motif> motifs;

    @Override
    protected String formId() {
        return "motifForm";
    }

    @Override
    protected String errorSummaryKey() {
        return "admin.referential.error.summary";
    }

    public List<Motif> getMotifs() {
        if (motifs == null) {
            motifs = administration.motifs(actor());
        }
        return motifs;
    }

    public List<Subject> getSubjects() {
        return administration.subjects(actor());
    }

    public List<Team> getTeams() {
        return administration.teams(actor());
    }

    public List<OnlineService> getOnlineServices() {
        return administration.onlineServices(actor());
    }

    public String subjectLabel(Subject subject) {
        return label(subject.getTheme().getLabel()) + " › " + label(subject.getLabel());
    }

    public void edit(long motifId) {
        administration
                .motif(actor(), motifId)
                .ifPresent(
                        motif -> {
                            startEditing(motif.getId());
                            code = motif.getCode();
                            labelFr = motif.getLabel().french();
                            labelEn = motif.getLabel().english();
                            subjectId = motif.getSubject().getId();
                            teamId = motif.getTeam().getId();
                            onlineServiceId =
                                    motif.onlineService().map(OnlineService::getId).orElse(null);
                            slaWorkingDays = Integer.toString(motif.getSlaWorkingDays());
                            sortOrder = Integer.toString(motif.getSortOrder());
                        });
    }

    public void save() {
        MotifDraft draft =
                new MotifDraft(
                        code,
                        labelFr,
                        labelEn,
                        subjectId,
                        teamId,
                        onlineServiceId,
                        number(slaWorkingDays),
                        number(sortOrder));
        Long id = getEditingId();
        if (id == null) {
            submit(
                    () -> administration.createMotif(actor(), draft),
                    "admin.referential.motif.created",
                    code == null ? "" : code.strip());
        } else {
            submit(
                    () -> administration.updateMotif(actor(), id, draft),
                    "admin.referential.motif.updated",
                    code);
        }
    }

    public void deactivate(long motifId) {
        act(
                () -> administration.deactivateMotif(actor(), motifId),
                "admin.referential.motif.deactivated");
    }

    public void reactivate(long motifId) {
        act(
                () -> administration.reactivateMotif(actor(), motifId),
                "admin.referential.motif.reactivated");
    }

    @Override
    protected void clearOtherFields() {
        subjectId = null;
        teamId = null;
        onlineServiceId = null;
        slaWorkingDays = null;
        sortOrder = null;
    }

    @Override
    protected void forgetRows() {
        motifs = null;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Long getOnlineServiceId() {
        return onlineServiceId;
    }

    public void setOnlineServiceId(Long onlineServiceId) {
        this.onlineServiceId = onlineServiceId;
    }

    public String getSlaWorkingDays() {
        return slaWorkingDays;
    }

    public void setSlaWorkingDays(String slaWorkingDays) {
        this.slaWorkingDays = slaWorkingDays;
    }

    public String getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(String sortOrder) {
        this.sortOrder = sortOrder;
    }
}
