package fr.messagerie.security.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who signed in on this session and with which roles, kept in the session itself. The container is
 * told again on every request from this record rather than from its own memory of the session:
 * under load Payara sometimes loses the roles it associated with a session (403 for a signed-in
 * user), and a session replicated to another cluster member carries no container-side roles at all.
 * A plain serializable value travels with the session wherever it goes.
 */
record SignedInCaller(String login, Set<String> roles) implements Serializable {

    static final String ATTRIBUTE = "fr.messagerie.security.signedInCaller";

    SignedInCaller {
        roles = Set.copyOf(roles);
    }

    static Optional<SignedInCaller> of(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof SignedInCaller caller
                ? Optional.of(caller)
                : Optional.empty();
    }

    void rememberIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    static void forget(HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
