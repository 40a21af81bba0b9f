package fr.messagerie.referential.web;

import fr.messagerie.referential.application.ReferentialAdministration;
import fr.messagerie.referential.application.TeamMember;
import fr.messagerie.referential.application.TeamMembershipAdministration;
import fr.messagerie.referential.domain.Team;
import fr.messagerie.security.domain.Account;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The members of one team, on its own page ({@code ?equipe=<id>}): the list with remove and lead
 * buttons, and a form that adds an agent. The "form" of {@link AdminForm} here is the add form;
 * nothing is ever "edited".
 */
@Named
@ViewScoped
public class TeamMembersBacking extends AdminForm {

    private static final long serialVersionUID = 1L;

    @Inject private TeamMembershipAdministration administration;
    @Inject private ReferentialAdministration referential;

    private Long teamId;
    private Long accountId;
    private boolean lead;

    private transient Team team;
    private transient List<TeamMember> members;

    @Override
    protected String formId() {
        return "memberForm";
    }

    @Override
    protected String errorSummaryKey() {
        return "admin.members.error.summary";
    }

    /** The team of the page, or null (the page then says it does not exist). */
    public Team getTeam() {
        if (team == null && teamId != null) {
            team =
                    referential.teams(actor()).stream()
                            .filter(t -> t.getId().equals(teamId))
                            .findFirst()
                            .orElse(null);
        }
        return team;
    }

    public List<TeamMember> getMembers() {
        if (members == null) {
            members = getTeam() == null ? List.of() : administration.members(actor(), teamId);
        }
        return members;
    }

    public List<Account> getCandidates() {
        return getTeam() == null ? List.of() : administration.candidates(actor(), teamId);
    }

    public void add() {
        Long chosen = accountId;
        boolean asLead = lead;
        submit(() -> administration.add(actor(), teamId, chosen, asLead), "admin.members.added");
    }

    public void remove(long memberId) {
        act(() -> administration.remove(actor(), teamId, memberId), "admin.members.removed");
    }

    public void makeLead(long memberId) {
        act(
                () -> administration.setLead(actor(), teamId, memberId, true),
                "admin.members.leadGranted");
    }

    public void removeLead(long memberId) {
        act(
                () -> administration.setLead(actor(), teamId, memberId, false),
                "admin.members.leadRemoved");
    }

    @Override
    protected void clearFields() {
        accountId = null;
        lead = false;
    }

    @Override
    protected void forgetRows() {
        members = null;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public boolean isLead() {
        return lead;
    }

    public void setLead(boolean lead) {
        this.lead = lead;
    }
}
