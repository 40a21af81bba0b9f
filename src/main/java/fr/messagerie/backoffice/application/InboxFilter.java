package fr.messagerie.backoffice.application;

import fr.messagerie.backoffice.domain.SlaStatus;
import fr.messagerie.conversation.domain.ConversationStatus;

/**
 * What the agent asked the inbox for. Every field is optional (null or blank means "any"); the
 * scope is never part of it, it comes from {@link AgentAccess}.
 *
 * @param view the saved view
 * @param status one status
 * @param themeId the theme of the motif
 * @param subjectId the subject of the motif
 * @param motifId the motif
 * @param teamId one of the agent's teams
 * @param assigneeId one agent
 * @param olderThanDays received at least this many calendar days ago
 * @param sla due soon or overdue (only unanswered conversations have a running clock)
 * @param citizenOrReference part of the citizen's name, or a whole reference
 * @param text words of the messages
 */
public record InboxFilter(
        InboxView view,
        ConversationStatus status,
        Long themeId,
        Long subjectId,
        Long motifId,
        Long teamId,
        Long assigneeId,
        Integer olderThanDays,
        SlaStatus sla,
        String citizenOrReference,
        String text) {

    public static InboxFilter of(InboxView view) {
        return new InboxFilter(view, null, null, null, null, null, null, null, null, null, null);
    }
}
