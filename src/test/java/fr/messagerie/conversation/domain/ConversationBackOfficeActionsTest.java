package fr.messagerie.conversation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.Year;
import org.junit.jupiter.api.Test;

class ConversationBackOfficeActionsTest {

    private static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant LATER = OPENED.plusSeconds(3600);
    private static final long FAMILY_TEAM = 3;
    private static final long RETIREMENT_TEAM = 5;

    private static Conversation newConversation() {
        return Conversation.open(
                new NewConversation(
                        ConversationReference.generate(Year.of(2026), new SecureRandom()),
                        SubmissionToken.newToken(),
                        42L,
                        "PARTICULIER",
                        235L,
                        FAMILY_TEAM,
                        OPENED.plusSeconds(5 * 86_400),
                        MessageText.of("Nous avons eu un enfant, que dois-je faire ?")),
                OPENED);
    }

    @Test
    void takingANewConversationAssignsItAndStartsWork() {
        Conversation conversation = newConversation();

        conversation.assignTo(7L, LATER);

        assertThat(conversation.assigneeId()).contains(7L);
        assertThat(conversation.getStatus()).isEqualTo(ConversationStatus.IN_PROGRESS);
        assertThat(conversation.getUpdatedAt()).isEqualTo(LATER);
    }

    @Test
    void assigningAnAnsweredConversationKeepsItsStatus() {
        Conversation conversation = newConversation();
        conversation.addAgentReply(7L, "Voici la réponse.", LATER);

        conversation.assignTo(8L, LATER);

        assertThat(conversation.getStatus()).isEqualTo(ConversationStatus.ANSWERED);
    }

    @Test
    void reroutingToAnotherTeamsMotifMovesItUnassignedAndKeepsTheDeadline() {
        Conversation conversation = newConversation();
        conversation.assignTo(7L, LATER);
        Instant due = conversation.getDueAt();

        conversation.reroute(300L, RETIREMENT_TEAM, LATER);

        assertThat(conversation.getMotifId()).isEqualTo(300L);
        assertThat(conversation.getTeamId()).isEqualTo(RETIREMENT_TEAM);
        assertThat(conversation.assigneeId()).isEmpty();
        assertThat(conversation.getDueAt()).isEqualTo(due);
    }

    @Test
    void reroutingWithinTheSameTeamKeepsTheAssignee() {
        Conversation conversation = newConversation();
        conversation.assignTo(7L, LATER);

        conversation.reroute(236L, FAMILY_TEAM, LATER);

        assertThat(conversation.assigneeId()).contains(7L);
    }

    @Test
    void closingRecordsWhenAndRefusesFurtherCitizenMessages() {
        Conversation conversation = newConversation();

        conversation.close(LATER);

        assertThat(conversation.getStatus()).isEqualTo(ConversationStatus.CLOSED);
        assertThat(conversation.closedAt()).contains(LATER);
        assertThatThrownBy(
                        () ->
                                conversation.addCitizenMessage(
                                        MessageText.of("Encore une question ?"), LATER))
                .isInstanceOf(ConversationClosedException.class);
    }

    @Test
    void closingTwiceKeepsTheFirstClosingTime() {
        Conversation conversation = newConversation();
        conversation.close(LATER);

        conversation.close(LATER.plusSeconds(60));

        assertThat(conversation.closedAt()).contains(LATER);
    }

    @Test
    void aClosedConversationCannotBeAssignedUntilReopened() {
        Conversation conversation = newConversation();
        conversation.close(LATER);

        assertThatThrownBy(() -> conversation.assignTo(7L, LATER))
                .isInstanceOf(ConversationClosedException.class);

        conversation.reopen(LATER);
        conversation.assignTo(7L, LATER);
        assertThat(conversation.getStatus()).isEqualTo(ConversationStatus.IN_PROGRESS);
        assertThat(conversation.closedAt()).isEmpty();
    }

    @Test
    void reopeningAnOpenConversationIsAMistake() {
        Conversation conversation = newConversation();

        assertThatThrownBy(() -> conversation.reopen(LATER))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAnOpenConversationWithoutAnswerAwaitsItsFirstAnswer() {
        Conversation waiting = newConversation();
        Conversation answered = newConversation();
        answered.addAgentReply(7L, "Voici la réponse.", LATER);
        answered.addCitizenMessage(MessageText.of("Merci, une autre question."), LATER);
        Conversation closed = newConversation();
        closed.close(LATER);

        assertThat(waiting.awaitsFirstAnswer()).isTrue();
        assertThat(answered.awaitsFirstAnswer()).isFalse();
        assertThat(closed.awaitsFirstAnswer()).isFalse();
    }
}
