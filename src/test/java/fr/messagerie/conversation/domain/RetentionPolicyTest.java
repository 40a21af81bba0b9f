package fr.messagerie.conversation.domain;

import static fr.messagerie.conversation.domain.RetentionPolicy.Decision.ANONYMISE;
import static fr.messagerie.conversation.domain.RetentionPolicy.Decision.KEEP;
import static fr.messagerie.conversation.domain.RetentionPolicy.Decision.WARN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private final RetentionPolicy policy = RetentionPolicy.of(24, 30);

    @Test
    void aConversationClosedTwentyFiveMonthsAgoAndWarnedLongAgoIsAnonymised() {
        Instant closed = Instant.parse("2024-10-01T10:00:00Z");
        Instant warned = NOW.minus(31, ChronoUnit.DAYS);
        assertThat(policy.decide(ConversationStatus.CLOSED, closed, warned, null, NOW))
                .isEqualTo(ANONYMISE);
    }

    @Test
    void aConversationWarnedLessThanTheNoticeAgoIsKeptEvenIfOld() {
        Instant closed = Instant.parse("2020-01-01T10:00:00Z");
        Instant warned = NOW.minus(29, ChronoUnit.DAYS);
        assertThat(policy.decide(ConversationStatus.CLOSED, closed, warned, null, NOW))
                .isEqualTo(KEEP);
    }

    @Test
    void anOldConversationNeverWarnedIsWarnedFirst() {
        Instant closed = Instant.parse("2020-01-01T10:00:00Z");
        assertThat(policy.decide(ConversationStatus.CLOSED, closed, null, null, NOW))
                .isEqualTo(WARN);
    }

    @Test
    void aConversationEnteringItsLastMonthIsWarnedAndOneClosedRecentlyIsKept() {
        Instant inNotice = Instant.parse("2024-12-15T10:00:00Z");
        Instant recent = Instant.parse("2025-06-01T10:00:00Z");
        assertThat(policy.decide(ConversationStatus.CLOSED, inNotice, null, null, NOW))
                .isEqualTo(WARN);
        assertThat(policy.decide(ConversationStatus.CLOSED, recent, null, null, NOW))
                .isEqualTo(KEEP);
    }

    @Test
    void openOrAlreadyAnonymisedConversationsAreKept() {
        Instant old = Instant.parse("2020-01-01T10:00:00Z");
        assertThat(policy.decide(ConversationStatus.ANSWERED, old, old, null, NOW)).isEqualTo(KEEP);
        assertThat(policy.decide(ConversationStatus.CLOSED, old, old, old, NOW)).isEqualTo(KEEP);
    }

    @Test
    void theDeletionDateIsTheLaterOfTheEndOfRetentionAndTheEndOfNotice() {
        Instant closed = Instant.parse("2024-01-10T00:00:00Z");
        assertThat(policy.deletionDate(closed, Instant.parse("2025-12-20T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-01-19T00:00:00Z"));
        assertThat(policy.deletionDate(closed, Instant.parse("2025-12-01T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-01-10T00:00:00Z"));
    }

    @Test
    void aNonPositiveRetentionIsRefused() {
        assertThatThrownBy(() -> RetentionPolicy.of(0, 30))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
