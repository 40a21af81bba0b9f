package fr.messagerie.security.web;

import fr.messagerie.security.domain.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * Sign-in through our own form page (so that it follows the service's layout, language and
 * accessibility rules) and through OpenID Connect, both of which hand a credential to {@code
 * SecurityContext.authenticate}. A valid credential is remembered in the session as a {@link
 * SignedInCaller}, and every later request of that session is authenticated again from it, with its
 * roles.
 *
 * <p>This replaces the built-in {@code @CustomFormAuthenticationMechanismDefinition}, whose
 * {@code @AutoApplySession} relies on the container to restore the roles of a session: Payara drops
 * them now and then under concurrent load (a signed-in citizen answered 403; Payara issue 6145) and
 * never has them on another cluster member (issue 6342). Which URLs need which role is declared in
 * web.xml; services check again with {@code @RolesAllowed} and ownership checks.
 * {@code @LoginToContinue} still sends an anonymous visitor of a protected page to the sign-in page
 * and back.
 */
@DeclareRoles({Role.CITIZEN, Role.AGENT, Role.TEAM_LEAD, Role.ADMIN})
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PAGE = "/connexion.xhtml";

    @Inject private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential =
                context.isAuthenticationRequest()
                        ? context.getAuthParameters().getCredential()
                        : null;
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                new SignedInCaller(result.getCallerPrincipal().getName(), result.getCallerGroups())
                        .rememberIn(request.getSession(true));
            }
            return context.notifyContainerAboutLogin(result);
        }
        Optional<SignedInCaller> caller = SignedInCaller.of(request.getSession(false));
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(caller.get().login(), caller.get().roles());
        }
        return context.isProtected()
                ? context.redirect(request.getContextPath() + SIGN_IN_PAGE)
                : context.doNothing();
    }

    @Override
    public void cleanSubject(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SignedInCaller.forget(request.getSession(false));
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
