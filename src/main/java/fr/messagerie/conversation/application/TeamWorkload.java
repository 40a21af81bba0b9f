package fr.messagerie.conversation.application;

import fr.messagerie.conversation.infrastructure.ConversationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;

/** What teams still have to answer, for the back office's deadline reports. */
@ApplicationScoped
public class TeamWorkload {

    @Inject private ConversationRepository conversations;

    public List<AwaitingConversation> awaitingAnswer(Collection<Long> teamIds) {
        return conversations.awaitingInstitution(teamIds).stream()
                .map(
                        c ->
                                new AwaitingConversation(
                                        c.getId(),
                                        c.getReference(),
                                        c.getTeamId(),
                                        c.getMotifId(),
                                        c.getDueAt()))
                .toList();
    }
}
