package fr.messagerie.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Private pages are never kept by the browser: after signing out on a shared computer, "Back" must
 * not show someone's messages again. It also keeps the browser from restoring a wizard page from
 * its back-forward cache with a button still disabled by the previous click: the page is asked
 * again, and its "Envoyer" carries the same submission token as before.
 */
@WebFilter(urlPatterns = {"/espace/*", "/nouveau-message/*"})
public class PrivatePagesNotStored extends HttpFilter {

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
