package fr.messagerie.backoffice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseTimeEstimateTest {

    @Test
    void tooFewAnswersFallBackToTheMotifsTarget() {
        assertThat(ResponseTimeEstimate.of(List.of(1, 1), 3, 5))
                .isEqualTo(new ResponseTimeEstimate(5, false));
    }

    @Test
    void enoughAnswersGiveTheirMedian() {
        assertThat(ResponseTimeEstimate.of(List.of(9, 1, 2, 2, 3), 3, 5))
                .isEqualTo(new ResponseTimeEstimate(2, true));
    }

    @Test
    void anEvenCountPromisesTheSlowerMiddleValue() {
        assertThat(ResponseTimeEstimate.of(List.of(1, 2, 3, 4), 2, 5).workingDays()).isEqualTo(3);
    }

    @Test
    void sameDayAnswersStillAnnounceOneWorkingDay() {
        assertThat(ResponseTimeEstimate.of(List.of(0, 0, 0, 1), 3, 5))
                .isEqualTo(new ResponseTimeEstimate(1, true));
    }

    @Test
    void aMinimumOfZeroStillNeedsOneAnswer() {
        assertThat(ResponseTimeEstimate.of(List.of(), 0, 5))
                .isEqualTo(new ResponseTimeEstimate(5, false));
    }
}
