package fr.messagerie.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final RetryPolicy TWO_ATTEMPTS =
            new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), 2);

    private static Notification pending() {
        return Notification.pending(NotificationKind.ACKNOWLEDGEMENT, Channel.MAIL, 7L, 11L, NOW);
    }

    @Test
    void aNewNotificationIsPendingAndDueAtOnceWithAUniqueId() {
        Notification notification = pending();

        assertThat(notification.getStatus()).isEqualTo(NotificationStatus.PENDING);
        assertThat(notification.getNextAttemptAt()).isEqualTo(NOW);
        assertThat(notification.getId()).hasSize(36).isNotEqualTo(pending().getId());
    }

    @Test
    void aFailureBeforeTheLastAttemptSchedulesAnotherOne() {
        Notification notification = pending();

        notification.recordFailure("SMTP: connection refused", NOW, TWO_ATTEMPTS);

        assertThat(notification.getStatus()).isEqualTo(NotificationStatus.PENDING);
        assertThat(notification.getNextAttemptAt()).isAfterOrEqualTo(NOW.plusSeconds(10));
        assertThat(notification.lastError()).contains("SMTP: connection refused");
    }

    @Test
    void aVeryLongErrorIsTruncatedToTheColumn() {
        Notification notification = pending();

        notification.recordFailure("x".repeat(2000), NOW, TWO_ATTEMPTS);

        assertThat(notification.lastError().orElseThrow()).hasSize(Notification.MAX_ERROR_LENGTH);
    }

    @Test
    void onlyAFailedNotificationCanBeResent() {
        Notification notification = pending();

        assertThatThrownBy(() -> notification.resend(NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCitizenWithoutAddressGetsARecordedNotSentRowNotAnError() {
        Notification notification =
                Notification.notSendable(
                        NotificationKind.ACKNOWLEDGEMENT,
                        Channel.SMS,
                        7L,
                        11L,
                        "no mobile number",
                        NOW);

        assertThat(notification.getStatus()).isEqualTo(NotificationStatus.NOT_SENT);
        assertThat(notification.lastError()).contains("no mobile number");
    }
}
