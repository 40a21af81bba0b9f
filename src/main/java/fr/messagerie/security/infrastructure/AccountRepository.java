package fr.messagerie.security.infrastructure;

import fr.messagerie.security.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Accounts by login (the principal's name) or id. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext private EntityManager entityManager;

    public Optional<Account> findByLogin(String login) {
        return entityManager
                .createQuery("select a from Account a where a.login = :login", Account.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst();
    }

    public Optional<Account> findById(long id) {
        return Optional.ofNullable(entityManager.find(Account.class, id));
    }

    /**
     * Locks the account's row until the current transaction ends: work that must see the account's
     * previous such work committed (counting its messages before storing one) queues here, one
     * transaction at a time per account, on every instance.
     */
    public void lockUntilCommit(long id) {
        entityManager.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** In its own transaction: a sign-in may run outside one, and must not fail with it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void replacePasswordHash(long id, String passwordHash) {
        Account account = entityManager.find(Account.class, id);
        if (account != null) {
            account.changePasswordHash(passwordHash);
        }
    }

    public void add(Account account) {
        entityManager.persist(account);
    }

    /** Writes pending inserts now, so a new account has its id (for the audit trail). */
    public void flush() {
        entityManager.flush();
    }
}
