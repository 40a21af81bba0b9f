package fr.messagerie.conversation.web;

import fr.messagerie.conversation.application.CitizenConversations;
import fr.messagerie.conversation.application.ConversationSummary;
import fr.messagerie.platform.web.UserMessages;
import fr.messagerie.security.application.CurrentAccount;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * "Ma messagerie" (guide step 1): the citizen's previous exchanges, hidden ones on demand.
 *
 * <p>View-scoped for a boolean and a count: a "Masquer"/"Afficher" button of a row is found on
 * postback only if the postback lists the same rows as the page that showed it. The rows themselves
 * are loaded once per request and kept in the request, never in the session. The list shows the
 * twenty most recent conversations, and twenty more each time the citizen asks: the page costs the
 * same after years of exchanges as on the first day.
 */
@Named("homeList")
@ViewScoped
public class HomeListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ROWS = HomeListBacking.class.getName() + ".rows";

    /** Lines shown at first, and added by each "Afficher les échanges plus anciens". */
    static final int PAGE = 20;

    @Inject private CitizenConversations conversations;
    @Inject private CurrentAccount account;
    @Inject private UserMessages messages;
    @Inject private FacesContext faces;

    private boolean showHidden;
    private int shown = PAGE;

    /** The lines shown: the citizen's most recent conversations. */
    public List<ConversationSummary> getRows() {
        List<ConversationSummary> rows = fetched();
        return rows.size() > shown ? rows.subList(0, shown) : rows;
    }

    /** Whether there are older conversations than those shown. */
    public boolean isMore() {
        return fetched().size() > shown;
    }

    public void showMore() {
        shown += PAGE;
        refresh();
    }

    /** One line more than shown, read once per request: that line tells whether there are more. */
    @SuppressWarnings("unchecked")
    private List<ConversationSummary> fetched() {
        return (List<ConversationSummary>)
                faces.getExternalContext()
                        .getRequestMap()
                        .computeIfAbsent(
                                ROWS,
                                key ->
                                        conversations.homeList(
                                                account.get(),
                                                showHidden,
                                                shown + 1,
                                                faces.getViewRoot().getLocale()));
    }

    /** The list changed or its option did: the next read lists again. */
    public void refresh() {
        faces.getExternalContext().getRequestMap().remove(ROWS);
    }

    public void hide(String reference) {
        conversations.hide(account.get(), reference);
        messages.info("messaging.list.hidden", reference);
        refresh();
    }

    public void show(String reference) {
        conversations.show(account.get(), reference);
        messages.info("messaging.list.shown", reference);
        refresh();
    }

    public boolean isShowHidden() {
        return showHidden;
    }

    public void setShowHidden(boolean showHidden) {
        this.showHidden = showHidden;
    }
}
