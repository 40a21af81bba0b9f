package fr.messagerie.backoffice.domain;

import java.util.List;

/**
 * The answer time a citizen is told to expect for a motif: the median of what agents really took
 * lately, in working days, when there are enough answers to trust it; otherwise the motif's target.
 * The median, not the mean, so that a few forgotten conversations do not frighten everyone. Never
 * less than one working day: same-day answers are not a promise of an immediate one, and "0 working
 * days" reads as a mistake.
 *
 * @param workingDays the expected delay, in working days
 * @param observed true when it comes from real answers, false when it is the target
 */
public record ResponseTimeEstimate(int workingDays, boolean observed) {

    public static ResponseTimeEstimate of(
            List<Integer> observedWorkingDays, int minimumAnswers, int targetWorkingDays) {
        if (observedWorkingDays.size() < Math.max(1, minimumAnswers)) {
            return new ResponseTimeEstimate(targetWorkingDays, false);
        }
        List<Integer> sorted = observedWorkingDays.stream().sorted().toList();
        int size = sorted.size();
        // The upper median of an even count: promise the slower of the two middle values.
        int median = sorted.get(size / 2);
        return new ResponseTimeEstimate(Math.max(1, median), true);
    }
}
