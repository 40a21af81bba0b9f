package fr.messagerie.security.application;

/**
 * An administration change asked by someone who is not an administrator. The page is already behind
 * the ADMIN constraint of web.xml; this is the second lock, for any other caller of the service.
 */
public class NotAnAdministratorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAnAdministratorException(long accountId) {
        super("Account " + accountId + " is not an administrator");
    }
}
