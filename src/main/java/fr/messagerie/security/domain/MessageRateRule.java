package fr.messagerie.security.domain;

import java.util.Optional;

/**
 * How many messages a citizen may send: at most {@code perHour} in the last 60 minutes and {@code
 * perDay} in the last 24 hours (sliding windows, so there is no burst at the turn of the hour). The
 * limits stop a stolen session or a script from flooding the teams, far above what a person writes.
 */
public record MessageRateRule(int perHour, int perDay) {

    public MessageRateRule {
        if (perHour < 1 || perDay < perHour) {
            throw new IllegalArgumentException(
                    "Expected 1 <= perHour <= perDay, got " + perHour + "/" + perDay);
        }
    }

    /**
     * The window that refuses one more message, given what was already sent; the day first, since
     * waiting an hour would not help then.
     */
    public Optional<RateWindow> refusal(long sentLastHour, long sentLastDay) {
        if (sentLastDay >= perDay) {
            return Optional.of(RateWindow.DAY);
        }
        if (sentLastHour >= perHour) {
            return Optional.of(RateWindow.HOUR);
        }
        return Optional.empty();
    }
}
