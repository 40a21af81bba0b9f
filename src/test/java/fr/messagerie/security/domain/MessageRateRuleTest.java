package fr.messagerie.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MessageRateRuleTest {

    final MessageRateRule rule = new MessageRateRule(5, 20);

    @Test
    void theFifthMessageOfTheHourIsAllowedAndTheSixthRefused() {
        assertThat(rule.refusal(4, 4)).isEmpty();
        assertThat(rule.refusal(5, 5)).contains(RateWindow.HOUR);
    }

    @Test
    void theDailyLimitRefusesEvenAQuietHour() {
        assertThat(rule.refusal(0, 19)).isEmpty();
        assertThat(rule.refusal(0, 20)).contains(RateWindow.DAY);
    }

    @Test
    void whenBothAreReachedTheDayIsReportedSinceWaitingAnHourWouldNotHelp() {
        assertThat(rule.refusal(5, 20)).contains(RateWindow.DAY);
    }

    @Test
    void incoherentLimitsAreRejected() {
        assertThatThrownBy(() -> new MessageRateRule(0, 20))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MessageRateRule(10, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
