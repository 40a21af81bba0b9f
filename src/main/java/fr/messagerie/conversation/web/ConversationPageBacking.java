package fr.messagerie.conversation.web;

import fr.messagerie.conversation.application.CitizenConversations;
import fr.messagerie.conversation.application.ConversationNotFoundException;
import fr.messagerie.conversation.application.ConversationThread;
import fr.messagerie.conversation.domain.ConversationClosedException;
import fr.messagerie.platform.web.UserMessages;
import fr.messagerie.security.application.CurrentAccount;
import fr.messagerie.security.application.RateLimitExceededException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * One conversation of the signed-in citizen and the reply form. A reference that is unknown or
 * someone else's answers 404 through the usual error page, the same for both, so references cannot
 * be probed.
 *
 * <p>View-scoped for the reference only: the reply's postback must find the same thread (and so the
 * same form) as the page that showed it. The thread is loaded once per request and kept in the
 * request, never in the session.
 */
@Named("conversationPage")
@ViewScoped
public class ConversationPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String THREAD = ConversationPageBacking.class.getName() + ".thread";

    @Inject private CitizenConversations conversations;
    @Inject private CurrentAccount account;
    @Inject private ConversationsOpenedThisSession opened;
    @Inject private UserMessages messages;
    @Inject private FacesContext faces;

    private String ref;
    private String reply;

    /** View action: loads the thread, or ends the request with a 404. */
    public void load() {
        try {
            getThread();
        } catch (ConversationNotFoundException notFound) {
            notFound();
        }
    }

    public ConversationThread getThread() {
        return (ConversationThread)
                faces.getExternalContext().getRequestMap().computeIfAbsent(THREAD, key -> open());
    }

    private ConversationThread open() {
        if (!opened.firstOpening(ref)) {
            return conversations.openAgain(account.get(), ref, faces.getViewRoot().getLocale());
        }
        try {
            return conversations.open(account.get(), ref, faces.getViewRoot().getLocale());
        } catch (RuntimeException notOpened) {
            opened.forget(ref);
            throw notOpened;
        }
    }

    public String send() {
        try {
            conversations.reply(account.get(), ref, reply);
        } catch (ConversationClosedException closed) {
            messages.error("conversation.reply.closed");
            return null;
        } catch (ConversationNotFoundException notFound) {
            notFound();
            return null;
        } catch (RateLimitExceededException refused) {
            // Nothing was stored; the reply stays in its field, with when to try again.
            messages.errorOn("reply:text", refused.messageKey());
            return null;
        }
        messages.info("conversation.reply.sent");
        messages.keepForNextPage();
        return "conversation?faces-redirect=true&includeViewParams=true";
    }

    private void notFound() {
        try {
            faces.getExternalContext()
                    .responseSendError(404, messages.text("error.notFound.title"));
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
