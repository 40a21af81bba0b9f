package fr.messagerie.platform.web;

import fr.messagerie.security.application.AccountPreferences;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Records the chosen language in a cookie (and, for a signed-in person, in their account, so that
 * their notifications follow) and sends the person back to the page they came from. Only a path of
 * this application is accepted as the way back, so the link cannot be turned into an open redirect.
 */
@WebServlet("/langue")
public class LanguageSwitchServlet extends HttpServlet {

    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    @Inject private AccountPreferences preferences;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SupportedLanguage language =
                SupportedLanguage.fromCode(request.getParameter("l"))
                        .orElse(SupportedLanguage.FRENCH);
        Cookie cookie = new Cookie(LanguagePreference.COOKIE, language.code());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        if (request.getUserPrincipal() != null) {
            preferences.rememberLanguage(language.locale());
        }
        response.sendRedirect(wayBack(request));
    }

    private static String wayBack(HttpServletRequest request) {
        String home = request.getContextPath() + "/";
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return home;
        }
        try {
            URI uri = URI.create(referer);
            boolean sameHost =
                    uri.getHost() == null
                            || uri.getHost().equalsIgnoreCase(request.getServerName());
            String path = uri.getRawPath();
            if (sameHost && path != null && path.startsWith(home)) {
                return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
            }
        } catch (IllegalArgumentException malformed) {
            // fall through: an unreadable Referer just means going home
        }
        return home;
    }
}
