package fr.messagerie.backoffice.domain;

/**
 * How many conversations an inbox filter matches, as far as it is worth counting. Counting every
 * match of a common word among a million conversations costs seconds, and nobody pages through a
 * thousand requests: past the limit the inbox says "more than" and offers the first ones, and the
 * agent narrows the search.
 *
 * @param value the number of matches, or the limit when there are more
 * @param moreThan true when there are more than {@code value}
 */
public record InboxCount(long value, boolean moreThan) {

    /**
     * @param counted what the bounded count found (it stops one past the limit)
     * @param limit how far counting goes
     */
    public static InboxCount of(long counted, int limit) {
        return counted > limit ? new InboxCount(limit, true) : new InboxCount(counted, false);
    }

    /** The rows the paginator offers: all of the matches, or the first {@code value} of them. */
    public int pageableRows() {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }
}
