package fr.messagerie.referential.web;

import fr.messagerie.platform.web.UserMessages;
import fr.messagerie.referential.application.InvalidReferentialEntryException;
import fr.messagerie.referential.application.ReferentialAdministration;
import fr.messagerie.referential.domain.LocalizedLabel;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.referential.domain.MotifDraft;
import fr.messagerie.referential.domain.OnlineService;
import fr.messagerie.referential.domain.ReferentialProblem;
import fr.messagerie.referential.domain.Subject;
import fr.messagerie.referential.domain.Team;
import fr.messagerie.security.application.CurrentAccount;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The motifs admin page: the list with its edit and (de)activate buttons, and one form that creates
 * a motif or edits the one chosen. Numbers are read as text so a typo gets the rule's own French
 * message rather than a converter's.
 */
@Named
@ViewScoped
public class MotifAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "motifForm:";

    @Inject private ReferentialAdministration administration;
    @Inject private CurrentAccount currentAccount;
    @Inject private UserMessages messages;

    private Long editingId;
    private String code;
    private String labelFr;
    private String labelEn;
    private Long subjectId;
    private Long teamId;
    private Long onlineServiceId;
    private String slaWorkingDays;
    private String sortOrder;

    private transient List<Motif> motifs;

    public List<Motif> getMotifs() {
        if (motifs == null) {
            motifs = administration.motifs(currentAccount.get());
        }
        return motifs;
    }

    public List<Subject> getSubjects() {
        return administration.subjects(currentAccount.get());
    }

    public List<Team> getTeams() {
        return administration.teams(currentAccount.get());
    }

    public List<OnlineService> getOnlineServices() {
        return administration.onlineServices(currentAccount.get());
    }

    public String label(LocalizedLabel label) {
        return label.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String subjectLabel(Subject subject) {
        return label(subject.getTheme().getLabel()) + " › " + label(subject.getLabel());
    }

    public void edit(long motifId) {
        motifs = null;
        administration
                .motif(currentAccount.get(), motifId)
                .ifPresent(
                        motif -> {
                            editingId = motif.getId();
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
        try {
            if (editingId == null) {
                administration.createMotif(currentAccount.get(), draft);
                messages.info("admin.referential.motif.created", code.strip());
            } else {
                administration.updateMotif(currentAccount.get(), editingId, draft);
                messages.info("admin.referential.motif.updated", code);
            }
            cancel();
        } catch (InvalidReferentialEntryException e) {
            for (ReferentialProblem problem : e.problems()) {
                messages.errorOn(FORM + problem.field(), problem.messageKey());
            }
            messages.error("admin.referential.error.summary");
        }
    }

    public void deactivate(long motifId) {
        administration.deactivateMotif(currentAccount.get(), motifId);
        motifs = null;
        messages.info("admin.referential.motif.deactivated");
    }

    public void reactivate(long motifId) {
        administration.reactivateMotif(currentAccount.get(), motifId);
        motifs = null;
        messages.info("admin.referential.motif.reactivated");
    }

    public void cancel() {
        editingId = null;
        code = null;
        labelFr = null;
        labelEn = null;
        subjectId = null;
        teamId = null;
        onlineServiceId = null;
        slaWorkingDays = null;
        sortOrder = null;
        motifs = null;
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

    public Long getEditingId() {
        return editingId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public void setLabelFr(String labelFr) {
        this.labelFr = labelFr;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
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
