package fr.messagerie.security.web;

import fr.messagerie.security.application.AuditActor;
import fr.messagerie.security.application.AuditLog;
import fr.messagerie.security.application.AuditTarget;
import fr.messagerie.security.application.CurrentAccount;
import fr.messagerie.security.domain.AuditAction;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;

/**
 * Ends the server session, not only the authentication, then goes back to the public home.
 *
 * <p>POST only, so that a link or an image on another site cannot sign a person out (logout CSRF):
 * the session cookie is SameSite=Lax, so a cross-site POST arrives without it, and a POST whose
 * Origin is another site is refused outright.
 */
@WebServlet("/deconnexion")
public class SignOutServlet extends HttpServlet {

    @Inject private CurrentAccount currentAccount;
    @Inject private AuditLog audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (!sameOrigin(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        currentAccount
                .find()
                .ifPresent(
                        account ->
                                audit.record(
                                        AuditAction.SIGNED_OUT,
                                        AuditActor.of(account),
                                        AuditTarget.none(),
                                        null));
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return true; // older browsers: SameSite=Lax already keeps the cookie off
        }
        try {
            URI uri = URI.create(origin);
            return request.getServerName().equalsIgnoreCase(uri.getHost());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
