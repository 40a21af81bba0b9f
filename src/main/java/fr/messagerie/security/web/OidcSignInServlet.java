package fr.messagerie.security.web;

import fr.messagerie.security.application.AuditActor;
import fr.messagerie.security.application.AuditLog;
import fr.messagerie.security.application.AuditTarget;
import fr.messagerie.security.application.CitizenSignIn;
import fr.messagerie.security.application.VerifiedCitizenCredential;
import fr.messagerie.security.domain.Account;
import fr.messagerie.security.domain.AuditAction;
import fr.messagerie.security.domain.CitizenIdentity;
import fr.messagerie.security.infrastructure.OidcClient;
import fr.messagerie.security.infrastructure.OidcException;
import fr.messagerie.security.infrastructure.OidcPendingSignIn;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Citizens' sign-in through the identity provider (OpenID Connect, authorization code with PKCE).
 * {@code /connexion/identite-numerique} starts it; {@code /connexion/retour} is the redirect URI.
 *
 * <p>Jakarta Security allows one authentication mechanism per application, and the form one stays
 * for staff and demo accounts; so this servlet proves the citizen's identity itself (state, PKCE,
 * signed ID token, nonce) and then hands a {@link VerifiedCitizenCredential} to that same mechanism
 * through {@link SecurityContext#authenticate}, which is portable across servers.
 */
@WebServlet({OidcSignInServlet.START, OidcSignInServlet.CALLBACK})
public class OidcSignInServlet extends HttpServlet {

    static final String START = "/connexion/identite-numerique";
    static final String CALLBACK = "/connexion/retour";
    private static final String PENDING = OidcSignInServlet.class.getName() + ".pending";
    private static final Logger LOG = Logger.getLogger(OidcSignInServlet.class.getName());

    @Inject private OidcClient oidc;
    @Inject private CitizenSignIn citizenSignIn;
    @Inject private SecurityContext securityContext;
    @Inject private AuditLog audit;
    @Inject private Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!oidc.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        if (START.equals(request.getServletPath())) {
            start(request, response);
        } else {
            finish(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        OidcPendingSignIn pending = OidcPendingSignIn.start(clock.instant());
        try {
            String target = oidc.authorizationRequest(pending, callbackUri(request)).toString();
            request.getSession(true).setAttribute(PENDING, pending);
            response.sendRedirect(target);
        } catch (OidcException e) {
            LOG.warning(() -> "oidc sign-in cannot start: " + e.getMessage());
            response.sendRedirect(
                    request.getContextPath() + "/connexion.xhtml?identite=indisponible");
        }
    }

    private void finish(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        HttpSession session = request.getSession(false);
        OidcPendingSignIn pending =
                session == null ? null : (OidcPendingSignIn) session.getAttribute(PENDING);
        if (session != null) {
            session.removeAttribute(PENDING); // one use only, whatever the outcome
        }
        Optional<Account> account;
        try {
            if (pending == null
                    || !pending.answeredBy(request.getParameter("state"), clock.instant())) {
                throw new OidcException("state missing, wrong or stale");
            }
            if (request.getParameter("error") != null) {
                throw new OidcException("provider answered an error");
            }
            CitizenIdentity identity =
                    CitizenIdentity.fromClaims(
                            oidc.claimsFor(
                                    request.getParameter("code"), pending, callbackUri(request)));
            account = citizenSignIn.accountFor(identity);
        } catch (OidcException | IllegalArgumentException e) {
            audit.record(
                    AuditAction.SIGN_IN_FAILED,
                    AuditActor.unknown(),
                    AuditTarget.none(),
                    "oidc: " + e.getMessage());
            account = Optional.empty();
        }
        if (account.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/connexion.xhtml?identite=refusee");
            return;
        }
        // A new session id before the sign-in is recorded in it: an id planted earlier is
        // worthless.
        request.changeSessionId();
        AuthenticationStatus status =
                securityContext.authenticate(
                        request,
                        response,
                        AuthenticationParameters.withParams()
                                .newAuthentication(true)
                                .credential(
                                        new VerifiedCitizenCredential(account.get().getLogin())));
        if (status != AuthenticationStatus.SUCCESS
                && status != AuthenticationStatus.SEND_CONTINUE) {
            response.sendRedirect(request.getContextPath() + "/connexion.xhtml?identite=refusee");
            return;
        }
        SessionLifetimeFilter.markSignedIn(request.getSession(true), clock.instant());
        if (status == AuthenticationStatus.SUCCESS && !response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + "/espace/index.xhtml");
        }
    }

    private static String callbackUri(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length())
                + request.getContextPath()
                + CALLBACK;
    }
}
