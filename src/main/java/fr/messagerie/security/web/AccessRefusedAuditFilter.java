package fr.messagerie.security.web;

import fr.messagerie.security.application.AuditActor;
import fr.messagerie.security.application.AuditLog;
import fr.messagerie.security.application.AuditTarget;
import fr.messagerie.security.application.CurrentAccount;
import fr.messagerie.security.domain.AuditAction;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Audits the container's own refusals: a signed-in person sent to the 403 page for an area their
 * role does not open (a citizen trying /agent/, an agent trying a citizen's page). The path is kept
 * without its query string.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class AccessRefusedAuditFilter extends HttpFilter {

    static final String PAGE = "PAGE";

    @Inject private CurrentAccount currentAccount;
    @Inject private AuditLog audit;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status)) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            String path =
                    uri == null
                            ? null
                            : uri.toString()
                                    .substring(
                                            Math.min(
                                                    request.getContextPath().length(),
                                                    uri.toString().length()));
            audit.record(
                    AuditAction.ACCESS_REFUSED,
                    currentAccount.find().map(AuditActor::of).orElseGet(AuditActor::unknown),
                    new AuditTarget(PAGE, path),
                    "forbidden by role");
        }
        chain.doFilter(request, response);
    }
}
