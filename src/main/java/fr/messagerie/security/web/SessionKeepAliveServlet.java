package fr.messagerie.security.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Rester connecté" in the idle-session warning: the request itself restarts the server's idle
 * clock, so there is nothing to do but say whether a signed-in session was there to keep. It
 * creates no session and changes nothing else, so it needs no CSRF token (and the session cookie,
 * SameSite=Lax, is not sent with another site's POST anyway).
 */
@WebServlet("/session/prolonger")
public class SessionKeepAliveServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        boolean signedIn = request.getSession(false) != null && request.getUserPrincipal() != null;
        response.setStatus(
                signedIn ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_UNAUTHORIZED);
    }
}
