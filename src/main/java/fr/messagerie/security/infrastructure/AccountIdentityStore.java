package fr.messagerie.security.infrastructure;

import fr.messagerie.security.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Checks a login and password against the accounts table (PBKDF2 hashes, the platform's own
 * implementation). Unknown logins still cost one hash computation, so response times do not tell
 * which logins exist.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject private AccountRepository accounts;

    @Inject private Pbkdf2PasswordHash passwordHash;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Account> account =
                accounts.findByLogin(login.getCaller()).filter(Account::isActive);
        String storedHash = account.flatMap(Account::passwordHash).orElseGet(this::decoyHash);
        boolean matches = passwordHash.verify(login.getPassword().getValue(), storedHash);
        if (account.isEmpty() || account.get().passwordHash().isEmpty() || !matches) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.get().getLogin(), account.get().getRoles());
    }

    private String decoyHash() {
        return passwordHash.generate("decoy-password-for-timing".toCharArray());
    }
}
