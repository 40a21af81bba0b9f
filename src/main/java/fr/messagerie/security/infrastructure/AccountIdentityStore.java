package fr.messagerie.security.infrastructure;

import fr.messagerie.security.application.AuditActor;
import fr.messagerie.security.application.AuditLog;
import fr.messagerie.security.application.AuditTarget;
import fr.messagerie.security.application.SignInThrottle;
import fr.messagerie.security.application.VerifiedCitizenCredential;
import fr.messagerie.security.domain.Account;
import fr.messagerie.security.domain.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a login and password against the accounts table (PBKDF2 hashes, see {@link
 * PasswordHashing}). Unknown logins cost one hash computation, as known ones do, so response times
 * do not tell which logins exist; a hash made under an older policy is replaced at the next
 * successful sign-in. A login with too many recent failures is refused even with the right password
 * (after the same hash computation), and every outcome goes to the audit trail. Citizens signed in
 * through OpenID Connect arrive as a {@link VerifiedCitizenCredential}, already checked.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

    @Inject private AccountRepository accounts;

    @Inject private PasswordHashing passwords;

    @Inject private SignInThrottle throttle;

    @Inject private AuditLog audit;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof VerifiedCitizenCredential verified) {
            // Proved by the OpenID Connect sign-in (and audited there): only the roles are left.
            return accounts.findByLogin(verified.login())
                    .filter(Account::isActive)
                    .filter(Account::isCitizen)
                    .map(a -> new CredentialValidationResult(a.getLogin(), a.getRoles()))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        }
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String typed = login.getCaller();
        boolean blocked = throttle.isBlocked(typed);
        Optional<Account> account = accounts.findByLogin(typed).filter(Account::isActive);
        String storedHash = account.flatMap(Account::passwordHash).orElseGet(passwords::decoy);
        boolean matches = passwords.verify(login.getPassword().getValue(), storedHash);
        // A login that does not exist may be a password typed in the wrong field: not kept.
        AuditActor actor = account.map(AuditActor::of).orElseGet(AuditActor::unknown);
        if (blocked) {
            audit.record(AuditAction.SIGN_IN_THROTTLED, actor, AuditTarget.none(), null);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (account.isEmpty() || account.get().passwordHash().isEmpty() || !matches) {
            throttle.failed(typed);
            audit.record(
                    AuditAction.SIGN_IN_FAILED,
                    actor,
                    AuditTarget.none(),
                    account.isEmpty() ? "unknown login" : "wrong password");
            return CredentialValidationResult.INVALID_RESULT;
        }
        throttle.succeeded(typed);
        audit.record(AuditAction.SIGN_IN_SUCCEEDED, actor, AuditTarget.none(), null);
        if (passwords.isOutdated(storedHash)) {
            upgrade(account.get(), login.getPassword().getValue());
        }
        return new CredentialValidationResult(account.get().getLogin(), account.get().getRoles());
    }

    /**
     * The password was just proved: its hash is computed again under the current policy. A failure
     * here is logged and the sign-in goes on (the next one tries again).
     */
    private void upgrade(Account account, char[] password) {
        try {
            accounts.replacePasswordHash(account.getId(), passwords.hash(password));
            LOG.info(() -> "Password hash of account " + account.getId() + " upgraded");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Password hash of account " + account.getId() + " kept", e);
        }
    }
}
