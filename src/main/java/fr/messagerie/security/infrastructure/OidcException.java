package fr.messagerie.security.infrastructure;

/**
 * An OpenID Connect sign-in that cannot complete (forged or stale return, provider error, token
 * refused). The message names the failed check only, never a token or a claim value.
 */
public class OidcException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OidcException(String message) {
        super(message);
    }

    public OidcException(String message, Throwable cause) {
        super(message, cause);
    }
}
