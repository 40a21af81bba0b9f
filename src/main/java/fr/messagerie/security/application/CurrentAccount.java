package fr.messagerie.security.application;

import fr.messagerie.security.domain.Account;
import fr.messagerie.security.infrastructure.AccountRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in person's account for this request, looked up once from the caller principal. Every
 * ownership check starts here, never from an id the browser sent.
 */
@RequestScoped
public class CurrentAccount {

    @Inject private SecurityContext securityContext;
    @Inject private AccountRepository accounts;

    private Account account;

    public Optional<Account> find() {
        if (account == null) {
            Principal caller = securityContext.getCallerPrincipal();
            if (caller == null) {
                return Optional.empty();
            }
            account = accounts.findByLogin(caller.getName()).filter(Account::isActive).orElse(null);
        }
        return Optional.ofNullable(account);
    }

    /** The signed-in account; pages behind a security constraint always have one. */
    public Account get() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in account"));
    }
}
