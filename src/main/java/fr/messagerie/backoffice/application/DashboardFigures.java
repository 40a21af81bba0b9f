package fr.messagerie.backoffice.application;

import java.io.Serializable;
import java.util.Map;

/**
 * The figures of the team leads' dashboard over a period (kept by a view-scoped bean, hence
 * Serializable).
 *
 * @param byStatus conversations received in the period, per status
 * @param byTheme conversations received in the period, per theme label
 * @param answered how many of them have a first answer
 * @param medianFirstResponseHours median delay of the first answer, in hours (null without any)
 * @param p90FirstResponseHours 90th percentile of that delay, in hours (null without any)
 * @param overdue open conversations past their deadline without an answer, now
 * @param offers online services proposed by the wizard in the period
 * @param offersUsed of which the citizen went to the service instead of writing
 */
public record DashboardFigures(
        Map<String, Long> byStatus,
        Map<String, Long> byTheme,
        long answered,
        Double medianFirstResponseHours,
        Double p90FirstResponseHours,
        long overdue,
        long offers,
        long offersUsed)
        implements Serializable {

    public long received() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Share of offers that spared a message, in percent; null when nothing was offered. */
    public Double deflectionPercent() {
        return offers == 0 ? null : 100.0 * offersUsed / offers;
    }
}
