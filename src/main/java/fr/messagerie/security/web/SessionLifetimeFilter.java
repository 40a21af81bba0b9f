package fr.messagerie.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends a signed-in session a fixed time after sign-in, however active it is (the idle timeout is
 * web.xml's). A stolen session cookie thus stops working within hours, and a shared computer left
 * signed in does not stay so for days. The sign-in instant lives in the session itself.
 */
@WebFilter(urlPatterns = "/*")
public class SessionLifetimeFilter extends HttpFilter {

    static final String SIGNED_IN_AT = "fr.messagerie.security.signedInAt";
    private static final Logger LOG = Logger.getLogger(SessionLifetimeFilter.class.getName());

    /** An ISO-8601 duration (PT8H), so that tests can use seconds and operators hours. */
    @Inject
    @ConfigProperty(name = "messagerie.session.absolute-timeout", defaultValue = "PT8H")
    String absoluteTimeout;

    @Inject private Clock clock;

    public static void markSignedIn(HttpSession session, Instant at) {
        session.setAttribute(SIGNED_IN_AT, at.toEpochMilli());
    }

    /** Whether a session signed in at {@code signedInAt} is over at {@code now}. */
    static boolean isOver(long signedInAt, Instant now, Duration lifetime) {
        return !now.isBefore(Instant.ofEpochMilli(signedInAt).plus(lifetime));
    }

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            Instant now = clock.instant();
            Object signedInAt = session.getAttribute(SIGNED_IN_AT);
            if (!(signedInAt instanceof Long at)) {
                markSignedIn(session, now); // signed in some other way: the clock starts now
            } else if (isOver(at, now, Duration.parse(absoluteTimeout))) {
                LOG.info("session ended by absolute lifetime");
                request.logout();
                session.invalidate();
                response.sendRedirect(request.getContextPath() + "/erreur/session-expiree.xhtml");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
