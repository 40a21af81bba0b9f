package fr.messagerie.backoffice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ResponseTimesTest {

    @Test
    void medianAndP90UseTheNearestRank() {
        List<Duration> hours = IntStream.rangeClosed(1, 10).mapToObj(Duration::ofHours).toList();
        assertThat(ResponseTimes.medianHours(hours)).contains(5.0);
        assertThat(ResponseTimes.p90Hours(hours)).contains(9.0);
    }

    @Test
    void hoursKeepOneDecimal() {
        assertThat(ResponseTimes.medianHours(List.of(Duration.ofMinutes(90)))).contains(1.5);
    }

    @Test
    void noAnswerYetGivesNoFigure() {
        assertThat(ResponseTimes.medianHours(List.of())).isEmpty();
    }

    @Test
    void deflectionIsTheShareOfOffersWhereTheServiceWasUsed() {
        assertThat(ResponseTimes.deflectionPercent(1, 3)).contains(33.3);
        assertThat(ResponseTimes.deflectionPercent(0, 0)).isEmpty();
    }
}
