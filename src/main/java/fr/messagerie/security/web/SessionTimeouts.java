package fr.messagerie.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * When the page warns a signed-in person that their idle session is about to end: two minutes
 * before web.xml's idle timeout, so there is time to read the dialog and choose "Rester connecté"
 * (WCAG 2.2.1, timing adjustable).
 */
@Named
@RequestScoped
public class SessionTimeouts {

    static final int WARNING_SECONDS_BEFORE_END = 120;

    @Inject private HttpServletRequest request;

    public long getIdleWarningMillis() {
        HttpSession session = request.getSession(false);
        int idleSeconds = session == null ? 30 * 60 : session.getMaxInactiveInterval();
        return Math.max(30, idleSeconds - WARNING_SECONDS_BEFORE_END) * 1000L;
    }
}
