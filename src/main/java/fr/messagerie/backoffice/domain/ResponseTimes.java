package fr.messagerie.backoffice.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Median and 90th percentile of first-response times, in hours with one decimal. Percentiles use
 * the nearest-rank method: the value reported is one that really occurred, which is what a team
 * lead expects when told "9 requests out of 10 were answered within X hours".
 */
public final class ResponseTimes {

    private ResponseTimes() {}

    public static Optional<Double> medianHours(List<Duration> durations) {
        return percentileHours(durations, 50);
    }

    public static Optional<Double> p90Hours(List<Duration> durations) {
        return percentileHours(durations, 90);
    }

    static Optional<Double> percentileHours(List<Duration> durations, int percentile) {
        if (durations.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        Duration value = sorted.get(Math.max(rank, 1) - 1);
        return Optional.of(Math.round(value.toMinutes() / 6.0) / 10.0);
    }

    /** Share of offers where the citizen used the online service, as a percentage, one decimal. */
    public static Optional<Double> deflectionPercent(long usedService, long offers) {
        if (offers == 0) {
            return Optional.empty();
        }
        return Optional.of(Math.round(usedService * 1000.0 / offers) / 10.0);
    }
}
