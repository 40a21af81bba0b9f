package fr.messagerie.backoffice.application;

import fr.messagerie.backoffice.domain.SlaClock;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Everything the agent's conversation page shows, read in a handful of queries. Serializable: the
 * page's view-scoped bean keeps it in the session, which a cluster moves between instances.
 *
 * @param sla the deadline clock; null once answered or closed
 */
public record ConversationDetail(
        long id,
        String reference,
        String status,
        Instant createdAt,
        Instant dueAt,
        Instant firstResponseAt,
        long teamId,
        String teamLabel,
        long motifId,
        String motifPath,
        Long assigneeId,
        String assigneeName,
        SlaClock sla,
        CitizenContext citizen,
        List<Entry> messages,
        List<Entry> notes,
        List<Entry> history,
        List<Option> cannedResponses,
        List<Option> teamMembers)
        implements Serializable {

    public boolean isClosed() {
        return "CLOSED".equals(status);
    }

    /**
     * Who wrote, and what the agent may rely on to reach them.
     *
     * @param emailUsable an address is on file, so mail notifications reach them
     * @param mobileUsable a mobile is on file and SMS are accepted
     * @param previous their other conversations the agent may open, newest first
     * @param previousCount all their other conversations, including other teams'
     */
    public record CitizenContext(
            String name,
            String audience,
            boolean emailUsable,
            boolean mobileUsable,
            List<Previous> previous,
            long previousCount)
            implements Serializable {}

    public record Previous(long id, String reference, String status, Instant createdAt)
            implements Serializable {}

    /**
     * A message, a note or a history line.
     *
     * @param kind the author kind of a message, or the event kind of a history line
     * @param text the body (messages, notes) or the detail code (history)
     */
    public record Entry(String kind, String authorName, String text, Instant at)
            implements Serializable {}

    /** A choice in a list: a canned response (text filled in) or a colleague. */
    public record Option(long id, String label, String text) implements Serializable {}
}
