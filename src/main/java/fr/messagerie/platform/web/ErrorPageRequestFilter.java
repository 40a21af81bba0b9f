package fr.messagerie.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Error pages render as a first visit. The container forwards a refused or failed request to its
 * error page with the original method and form: a refused postback (an agent posting to an
 * administration page) then looked like a postback of the error page itself, and Faces tried to
 * restore a view that is not its own (PrimeFaces: "Missing CSP nonce"), turning a 403 into a 500.
 * Seen through this filter the error page gets a GET without parameters nor Faces headers; its
 * status code stays the one the container set.
 */
@WebFilter(
        urlPatterns = "/erreur/*",
        dispatcherTypes = {DispatcherType.ERROR, DispatcherType.FORWARD})
public class ErrorPageRequestFilter extends HttpFilter {

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new FirstVisit(request), response);
    }

    /** The same request, as a GET with no form and no Faces Ajax header. */
    static final class FirstVisit extends HttpServletRequestWrapper {

        FirstVisit(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Faces-Request".equalsIgnoreCase(name)
                    ? Collections.emptyEnumeration()
                    : super.getHeaders(name);
        }
    }
}
