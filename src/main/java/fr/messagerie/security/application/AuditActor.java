package fr.messagerie.security.application;

import fr.messagerie.security.domain.Account;

/** Who caused an audit event: an account, or nobody known (anonymous, unknown login). */
public record AuditActor(Long accountId, String login) {

    public static AuditActor of(Account account) {
        return new AuditActor(account.getId(), account.getLogin());
    }

    public static AuditActor unknown() {
        return new AuditActor(null, null);
    }
}
