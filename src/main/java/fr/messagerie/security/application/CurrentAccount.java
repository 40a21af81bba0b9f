package fr.messagerie.security.application;

import fr.messagerie.security.domain.Account;
import fr.messagerie.security.infrastructure.AccountRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in person's account for this request, looked up once from the caller principal. Every
 * ownership check starts here, never from an id the browser sent.
 */
@RequestScoped
public class CurrentAccount {

    // The container's principal, not SecurityContext.getCallerPrincipal(): Payara's Soteria
    // builds a subject parser for each call, which probes the class loader for other servers'
    // classes under its lock; the flight recorder showed every page queuing there.
    @Inject private HttpServletRequest request;
    @Inject private AccountRepository accounts;

    private Account account;

    public Optional<Account> find() {
        if (account == null) {
            Principal caller = request.getUserPrincipal();
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
