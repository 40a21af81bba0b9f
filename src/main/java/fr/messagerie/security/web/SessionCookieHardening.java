package fr.messagerie.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hardens the session cookie beyond web.xml: SameSite=Lax (cross-site POSTs carry no session), and
 * Secure whenever the service is published over HTTPS (MESSAGERIE_PUBLIC_BASE_URL), i.e. everywhere
 * but a developer's localhost. The SameSite attribute is the Servlet 6 way, which neither Payara 6
 * nor WildFly 38 applies to the session cookie yet: WEB-INF/glassfish-web.xml and
 * WEB-INF/undertow-handlers.conf (Undertow's predicate language, which has no comments) say it to
 * each of them (SessionSecurityIT checks the cookie).
 */
@WebListener
public class SessionCookieHardening implements ServletContextListener {

    @Inject
    @ConfigProperty(name = "messagerie.public-base-url")
    private String publicBaseUrl;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure(publicBaseUrl.startsWith("https://"));
    }
}
