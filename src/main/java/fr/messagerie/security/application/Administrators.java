package fr.messagerie.security.application;

import fr.messagerie.security.domain.Account;
import fr.messagerie.security.domain.AuditAction;
import fr.messagerie.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The second lock of the admin screens: web.xml already keeps /admin/* for ADMIN, and every
 * administration service checks again here, so a future page, servlet or job that reaches the
 * service another way cannot change the configuration. A refusal is audited.
 */
@ApplicationScoped
public class Administrators {

    private static final Logger LOG = Logger.getLogger(Administrators.class.getName());

    @Inject private AuditLog audit;

    /** Passes for an active administrator; records and refuses anyone else. */
    public void require(Account actor, String what) {
        if (actor != null && actor.isActive() && actor.getRoles().contains(Role.ADMIN)) {
            return;
        }
        long id = actor == null || actor.getId() == null ? -1 : actor.getId();
        audit.record(
                AuditAction.ACCESS_REFUSED,
                actor == null ? AuditActor.unknown() : AuditActor.of(actor),
                AuditTarget.none(),
                what);
        LOG.warning(() -> "administration refused actor=" + id + " what=" + what);
        throw new NotAnAdministratorException(id);
    }
}
