package fr.messagerie.conversation.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How long a closed conversation keeps its content, and the notice the citizen gets before it goes.
 *
 * <p>The documented policy: a conversation CLOSED for longer than {@code retention} is anonymised,
 * provided the citizen was warned at least {@code notice} earlier. Anonymising deletes its messages
 * and notifications and removes the link to the citizen (and to the agent who held it); the row
 * keeps audience, motif, team, status and dates so that volumes and response times stay countable.
 * The warning is sent once, when the conversation enters the last {@code notice} of its retention;
 * a conversation that was never warned (e.g. closed before this policy existed) is warned first and
 * anonymised a full notice later, so nobody loses content without having been told.
 */
public record RetentionPolicy(Period retention, Duration notice) {

    public static final Period DEFAULT_RETENTION = Period.ofMonths(24);
    public static final Duration DEFAULT_NOTICE = Duration.ofDays(30);

    public RetentionPolicy {
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(notice, "notice");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("The retention period must be positive");
        }
        if (notice.isNegative()) {
            throw new IllegalArgumentException("The notice must not be negative");
        }
    }

    public static RetentionPolicy of(int retentionMonths, int noticeDays) {
        return new RetentionPolicy(Period.ofMonths(retentionMonths), Duration.ofDays(noticeDays));
    }

    /** What the retention job does with one conversation. */
    public enum Decision {
        KEEP,
        WARN,
        ANONYMISE
    }

    /** Conversations closed before this instant have outlived the retention period. */
    public Instant closedBeforeForAnonymisation(Instant now) {
        // Months are calendar months: counted in UTC so the cut-off does not move with DST.
        return now.atOffset(ZoneOffset.UTC).minus(retention).toInstant();
    }

    /** Conversations closed before this instant are within their last notice period, or beyond. */
    public Instant closedBeforeForWarning(Instant now) {
        return closedBeforeForAnonymisation(now).plus(notice);
    }

    /** A warning sent before this instant has given the citizen the full notice. */
    public Instant warnedBeforeForAnonymisation(Instant now) {
        return now.minus(notice);
    }

    /** The rule the job's SQL applies, stated once in Java for tests and for the warning mail. */
    public Decision decide(
            ConversationStatus status,
            Instant closedAt,
            Instant warnedAt,
            Instant anonymisedAt,
            Instant now) {
        if (status != ConversationStatus.CLOSED || closedAt == null || anonymisedAt != null) {
            return Decision.KEEP;
        }
        if (warnedAt == null) {
            return closedAt.isBefore(closedBeforeForWarning(now)) ? Decision.WARN : Decision.KEEP;
        }
        return closedAt.isBefore(closedBeforeForAnonymisation(now))
                        && warnedAt.isBefore(warnedBeforeForAnonymisation(now))
                ? Decision.ANONYMISE
                : Decision.KEEP;
    }

    /** When the content will be deleted at the earliest, as told in the warning. */
    public Instant deletionDate(Instant closedAt, Instant warnedAt) {
        Instant endOfRetention = closedAt.atOffset(ZoneOffset.UTC).plus(retention).toInstant();
        Instant endOfNotice = warnedAt.plus(notice);
        return endOfRetention.isAfter(endOfNotice) ? endOfRetention : endOfNotice;
    }
}
