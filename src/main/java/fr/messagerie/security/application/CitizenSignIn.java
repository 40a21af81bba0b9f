package fr.messagerie.security.application;

import fr.messagerie.security.domain.Account;
import fr.messagerie.security.domain.AuditAction;
import fr.messagerie.security.domain.CitizenIdentity;
import fr.messagerie.security.infrastructure.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Finds or creates the account of a citizen the identity provider vouched for. The subject is the
 * login; a subject equal to the login of a local account (staff, demo, anything with a password) is
 * refused rather than linked, so a provider can never hand out a staff member's session.
 */
@ApplicationScoped
public class CitizenSignIn {

    @Inject private AccountRepository accounts;
    @Inject private AuditLog audit;

    @Transactional
    public Optional<Account> accountFor(CitizenIdentity identity) {
        Optional<Account> existing = accounts.findByLogin(identity.subject());
        if (existing.isPresent()) {
            Account account = existing.get();
            if (!account.isCitizen() || account.passwordHash().isPresent() || !account.isActive()) {
                audit.record(
                        AuditAction.SIGN_IN_FAILED,
                        AuditActor.of(account),
                        AuditTarget.none(),
                        "oidc subject of a local or inactive account");
                return Optional.empty();
            }
            audit.record(
                    AuditAction.SIGN_IN_SUCCEEDED,
                    AuditActor.of(account),
                    AuditTarget.none(),
                    "oidc");
            return existing;
        }
        Account created = identity.newAccount();
        accounts.add(created);
        accounts.flush();
        audit.record(
                AuditAction.SIGN_IN_SUCCEEDED,
                AuditActor.of(created),
                AuditTarget.none(),
                "oidc, account created");
        return Optional.of(created);
    }
}
