package fr.messagerie.security.application;

import fr.messagerie.security.domain.AuditAction;
import fr.messagerie.security.domain.AuditEvent;
import fr.messagerie.security.infrastructure.AuditEventStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * The one way to write the audit trail. A refusal or a sign-in event commits in a transaction of
 * its own ({@link #record}), so it is recorded even though the refused operation rolls back; an
 * action that succeeded is recorded in that action's transaction ({@link #recordWithAction}), so
 * the trail holds it exactly when the action committed, and the page that did it pays for one
 * transaction, not two (the cost ladder measured the second at a third of a conversation page's own
 * work). The log line carries ids only.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    @Inject private AuditEventStore store;
    @Inject private Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(AuditAction action, AuditActor actor, AuditTarget target, String detail) {
        write(action, actor, target, detail);
    }

    /** Records an action in the transaction that performs it: both commit, or neither. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordWithAction(
            AuditAction action, AuditActor actor, AuditTarget target, String detail) {
        write(action, actor, target, detail);
    }

    private void write(AuditAction action, AuditActor actor, AuditTarget target, String detail) {
        store.insert(
                AuditEvent.of(
                        clock.instant(),
                        actor.accountId(),
                        actor.login(),
                        action,
                        target.type(),
                        target.id(),
                        detail));
        LOG.info(
                () ->
                        "audit "
                                + action
                                + " actor="
                                + actor.accountId()
                                + " target="
                                + target.type()
                                + ":"
                                + AuditEvent.oneLine(target.id(), AuditEvent.MAX_TARGET_ID_LENGTH));
    }
}
