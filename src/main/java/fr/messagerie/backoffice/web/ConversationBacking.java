package fr.messagerie.backoffice.web;

import fr.messagerie.backoffice.application.AgentConversations;
import fr.messagerie.backoffice.application.AgentDesk;
import fr.messagerie.backoffice.application.BackOfficeActionRefusedException;
import fr.messagerie.backoffice.application.ConcurrentViewers;
import fr.messagerie.backoffice.application.ConversationDetail;
import fr.messagerie.backoffice.domain.ConversationNote;
import fr.messagerie.conversation.application.ConversationNotFoundException;
import fr.messagerie.conversation.domain.ConversationClosedException;
import fr.messagerie.platform.web.UserMessages;
import fr.messagerie.security.application.CurrentAccount;
import fr.messagerie.security.domain.Account;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The agent's conversation page. Every action re-checks access in the service; a conversation
 * outside the agent's teams answers 404, the same as one that does not exist.
 */
@Named
@ViewScoped
public class ConversationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private AgentConversations conversations;
    @Inject private AgentDesk desk;
    @Inject private ConcurrentViewers viewers;
    @Inject private CurrentAccount currentAccount;
    @Inject private UserMessages messages;

    private Long id;
    private ConversationDetail detail;
    private List<ConversationDetail.Option> motifs;
    private List<ConversationDetail.Option> teams;
    private List<String> otherViewers = List.of();
    private String note;
    private String reply;
    private Long cannedResponseId;
    private Long assigneeId;
    private Long targetTeamId;
    private Long targetMotifId;

    /** The view action: loads the conversation or answers 404. */
    public void load() {
        if (id == null || !reload()) {
            return;
        }
        motifs = conversations.motifs(locale());
        teams = conversations.teams(locale());
        heartbeat();
    }

    public void heartbeat() {
        if (detail != null) {
            otherViewers = viewers.heartbeat(detail.id(), currentAccount.get().getDisplayName());
        }
    }

    public void take() {
        act(desk::take, "agent.conversation.taken");
    }

    public void assignToAgent() {
        if (assigneeId != null) {
            act(
                    (agent, conversation) -> desk.assignToAgent(agent, conversation, assigneeId),
                    "agent.conversation.assigned");
        }
    }

    public void assignToTeam() {
        if (targetTeamId != null) {
            act(
                    (agent, conversation) -> desk.assignToTeam(agent, conversation, targetTeamId),
                    "agent.conversation.movedToTeam");
        }
    }

    public void reroute() {
        if (targetMotifId != null) {
            act(
                    (agent, conversation) -> desk.reroute(agent, conversation, targetMotifId),
                    "agent.conversation.rerouted");
        }
    }

    public void close() {
        act(desk::close, "agent.conversation.closed");
    }

    public void reopen() {
        act(desk::reopen, "agent.conversation.reopened");
    }

    public void addNote() {
        String body = note;
        if (body == null || body.isBlank()) {
            messages.errorOn("notes:note", "agent.conversation.note.required");
            return;
        }
        if (!ConversationNote.acceptsBody(body)) {
            // Kept in the field, to be shortened rather than typed again.
            messages.errorOn(
                    "notes:note",
                    "agent.conversation.note.tooLong",
                    ConversationNote.MAX_LENGTH,
                    body.strip().length());
            return;
        }
        act(
                (agent, conversation) -> desk.addNote(agent, conversation, body),
                "agent.conversation.note.added");
        note = null;
    }

    /** Puts the chosen canned response, already filled in, into the reply editor. */
    public void useCannedResponse() {
        if (detail == null || cannedResponseId == null) {
            return;
        }
        detail.cannedResponses().stream()
                .filter(option -> option.id() == cannedResponseId)
                .findFirst()
                .ifPresent(option -> reply = option.text());
    }

    public void sendReply() {
        String body = reply;
        if (body == null || body.isBlank()) {
            messages.errorOn("reply:replyText", "agent.conversation.reply.required");
            return;
        }
        act(
                (agent, conversation) -> desk.reply(agent, conversation, body),
                "agent.conversation.reply.sent");
        reply = null;
        cannedResponseId = null;
    }

    private void act(BiConsumer<Account, Long> action, String successKey) {
        try {
            action.accept(currentAccount.get(), id);
            messages.info(successKey);
        } catch (ConversationNotFoundException e) {
            notFound();
            return;
        } catch (BackOfficeActionRefusedException e) {
            messages.error("agent.conversation.refused." + e.reason());
        } catch (ConversationClosedException e) {
            messages.error("agent.conversation.refused.closed");
        } catch (OptimisticLockException | jakarta.transaction.TransactionalException e) {
            messages.error("agent.conversation.refused.concurrent");
        }
        reload();
    }

    private boolean reload() {
        try {
            detail = conversations.detail(currentAccount.get(), id, locale());
            return true;
        } catch (ConversationNotFoundException e) {
            notFound();
            return false;
        }
    }

    private void notFound() {
        detail = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getAudienceKey() {
        return "agent.audience." + detail.citizen().audience();
    }

    public boolean isAssignedToMe() {
        return detail != null
                && detail.assigneeId() != null
                && detail.assigneeId().equals(currentAccount.get().getId());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ConversationDetail getDetail() {
        return detail;
    }

    public List<ConversationDetail.Option> getMotifs() {
        return motifs;
    }

    public List<ConversationDetail.Option> getTeams() {
        return teams;
    }

    public List<String> getOtherViewers() {
        return otherViewers;
    }

    public String getOtherViewersText() {
        return String.join(", ", otherViewers);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public Long getCannedResponseId() {
        return cannedResponseId;
    }

    public void setCannedResponseId(Long cannedResponseId) {
        this.cannedResponseId = cannedResponseId;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public Long getTargetTeamId() {
        return targetTeamId;
    }

    public void setTargetTeamId(Long targetTeamId) {
        this.targetTeamId = targetTeamId;
    }

    public Long getTargetMotifId() {
        return targetMotifId;
    }

    public void setTargetMotifId(Long targetMotifId) {
        this.targetMotifId = targetMotifId;
    }
}
