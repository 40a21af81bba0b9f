package fr.messagerie.backoffice.web;

import fr.messagerie.backoffice.application.AgentConversations;
import fr.messagerie.backoffice.application.AgentInbox;
import fr.messagerie.backoffice.application.ConversationDetail;
import fr.messagerie.backoffice.application.InboxFilter;
import fr.messagerie.backoffice.application.InboxRow;
import fr.messagerie.backoffice.application.InboxSort;
import fr.messagerie.backoffice.application.InboxView;
import fr.messagerie.backoffice.domain.InboxCount;
import fr.messagerie.backoffice.domain.SlaStatus;
import fr.messagerie.conversation.domain.ConversationStatus;
import fr.messagerie.security.application.CurrentAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The inbox page: the filter form and the lazy table; the database pages, sorts and filters. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    // Column sortBy names the page may send; anything else falls back to urgency.
    private static final Map<String, InboxSort> SORTS =
            Map.of(
                    "reference", InboxSort.REFERENCE,
                    "createdAt", InboxSort.CREATED,
                    "dueAt", InboxSort.URGENCY,
                    "status", InboxSort.STATUS,
                    "citizenName", InboxSort.CITIZEN);

    @Inject private AgentInbox inbox;
    @Inject private AgentConversations conversations;
    @Inject private CurrentAccount currentAccount;

    private InboxView view = InboxView.OPEN;
    private ConversationStatus status;
    private Long teamId;
    private Long themeId;
    private Long subjectId;
    private Long motifId;
    private Long assigneeId;
    private List<ConversationDetail.Option> themes;
    private List<ConversationDetail.Option> subjects;
    private List<ConversationDetail.Option> motifs;
    private List<ConversationDetail.Option> assignees;
    private SlaStatus sla;
    private Integer olderThanDays;
    private String citizenOrReference;
    private String text;
    private List<ConversationDetail.Option> teams;
    private final LazyDataModel<InboxRow> rows = new Rows();
    private InboxCount count = new InboxCount(0, false);

    @PostConstruct
    void init() {
        teams = conversations.teams(locale());
        themes = conversations.themes(locale());
        subjects = conversations.subjects(locale());
        motifs = conversations.motifs(locale());
        assignees = conversations.assignees(currentAccount.get());
    }

    /** Applies the filter form: the table reloads from its first page. */
    public void search() {
        // The lazy model reads the fields on its next load; a new filter starts on page one.
        var table = FacesContext.getCurrentInstance().getViewRoot().findComponent("inbox:table");
        if (table instanceof org.primefaces.component.datatable.DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void showView(InboxView chosen) {
        view = chosen;
        search();
    }

    InboxFilter filter() {
        return new InboxFilter(
                view,
                status,
                themeId,
                subjectId,
                motifId,
                teamId,
                assigneeId,
                olderThanDays,
                sla,
                citizenOrReference,
                text);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private final class Rows extends LazyDataModel<InboxRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            count = inbox.count(currentAccount.get(), filter());
            return count.pageableRows();
        }

        @Override
        public List<InboxRow> load(
                int first,
                int pageSize,
                Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            InboxSort sort = InboxSort.URGENCY;
            boolean ascending = true;
            for (SortMeta meta : sortBy.values()) {
                if (meta.isActive() && SORTS.containsKey(meta.getField())) {
                    sort = SORTS.get(meta.getField());
                    ascending = meta.getOrder() != SortOrder.DESCENDING;
                    break;
                }
            }
            return inbox.rows(
                    currentAccount.get(), filter(), sort, ascending, first, pageSize, locale());
        }

        @Override
        public String getRowKey(InboxRow row) {
            return Long.toString(row.id());
        }
    }

    public LazyDataModel<InboxRow> getRows() {
        return rows;
    }

    /** What the last load counted, for the table's header ("more than" past the limit). */
    public InboxCount getCount() {
        return count;
    }

    public InboxView[] getViews() {
        return InboxView.values();
    }

    public ConversationStatus[] getStatuses() {
        return ConversationStatus.values();
    }

    public SlaStatus[] getSlaStatuses() {
        return new SlaStatus[] {SlaStatus.DUE_SOON, SlaStatus.OVERDUE};
    }

    public List<ConversationDetail.Option> getTeams() {
        return teams;
    }

    public List<ConversationDetail.Option> getMotifs() {
        return motifs;
    }

    public List<ConversationDetail.Option> getThemes() {
        return themes;
    }

    public List<ConversationDetail.Option> getSubjects() {
        return subjects;
    }

    public List<ConversationDetail.Option> getAssignees() {
        return assignees;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public Long getMotifId() {
        return motifId;
    }

    public void setMotifId(Long motifId) {
        this.motifId = motifId;
    }

    public InboxView getView() {
        return view;
    }

    public void setView(InboxView view) {
        this.view = view;
    }

    public ConversationStatus getStatus() {
        return status;
    }

    public void setStatus(ConversationStatus status) {
        this.status = status;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public SlaStatus getSla() {
        return sla;
    }

    public void setSla(SlaStatus sla) {
        this.sla = sla;
    }

    public Integer getOlderThanDays() {
        return olderThanDays;
    }

    public void setOlderThanDays(Integer olderThanDays) {
        this.olderThanDays = olderThanDays;
    }

    public String getCitizenOrReference() {
        return citizenOrReference;
    }

    public void setCitizenOrReference(String citizenOrReference) {
        this.citizenOrReference = citizenOrReference;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
