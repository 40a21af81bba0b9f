package fr.messagerie.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

/** The second of two simultaneous re-sends is told "no longer failed" on either server. */
class FailedNotificationsTest {

    @Test
    void aCommitRefusedByTheVersionCheckIsRecognisedAsEachServerReportsIt() {
        assertThat(FailedNotifications.isRefusedCommit(new OptimisticLockException("Payara")))
                .isTrue();
        assertThat(
                        FailedNotifications.isRefusedCommit(
                                new TransactionalException("Payara", new RollbackException())))
                .isTrue();
        assertThat(FailedNotifications.isRefusedCommit(new RollbackException("WildFly"))).isTrue();
    }

    @Test
    void anythingElseIsNotTakenForARace() {
        assertThat(FailedNotifications.isRefusedCommit(new IllegalStateException("bug"))).isFalse();
    }
}
