package fr.messagerie.security.web;

import fr.messagerie.security.infrastructure.OidcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the sign-in page offers: the identity provider's button when one is configured. */
@Named
@ApplicationScoped
public class IdentityProviderChoice {

    @Inject private OidcClient oidc;

    public boolean isOidcEnabled() {
        return oidc.isEnabled();
    }

    public String getStartPath() {
        return OidcSignInServlet.START;
    }
}
