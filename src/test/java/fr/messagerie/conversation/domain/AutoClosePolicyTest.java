package fr.messagerie.conversation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class AutoClosePolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private final AutoClosePolicy policy = new AutoClosePolicy(15);

    @Test
    void aConversationWaitingForTheCitizenSixteenDaysIsClosed() {
        assertThat(
                        policy.isDue(
                                ConversationStatus.WAITING_CITIZEN,
                                NOW.minus(16, ChronoUnit.DAYS),
                                NOW))
                .isTrue();
    }

    @Test
    void aConversationWaitingFourteenDaysIsKept() {
        assertThat(
                        policy.isDue(
                                ConversationStatus.WAITING_CITIZEN,
                                NOW.minus(14, ChronoUnit.DAYS),
                                NOW))
                .isFalse();
    }

    @Test
    void onlyConversationsWaitingForTheCitizenAreClosed() {
        Instant old = NOW.minus(100, ChronoUnit.DAYS);
        assertThat(policy.isDue(ConversationStatus.NEW, old, NOW)).isFalse();
        assertThat(policy.isDue(ConversationStatus.IN_PROGRESS, old, NOW)).isFalse();
        assertThat(policy.isDue(ConversationStatus.CLOSED, old, NOW)).isFalse();
    }

    @Test
    void aWaitingPeriodBelowOneDayIsRefused() {
        assertThatThrownBy(() -> new AutoClosePolicy(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
