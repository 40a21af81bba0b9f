package fr.messagerie.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts the browser-side protections on every response, error pages included (hence the ERROR and
 * FORWARD dispatches): an enforced CSP, no framing, no MIME sniffing, a same-origin Referer, no
 * powerful browser features, HSTS when served over HTTPS, and no caching of private pages.
 *
 * <p>PrimeFaces' CSP mode (web.xml primefaces.CSP) writes its own policy header carrying the nonce
 * of its scripts. The response wrapper below catches that header and writes ours instead, with
 * PrimeFaces' nonce, so a page has exactly one policy and it is the one defined in {@link
 * ContentSecurityPolicy}.
 *
 * <p>The Server and X-Powered-By headers are the server's, not the application's: Payara drops them
 * with {@code asadmin set
 * configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.server-header=false}
 * and {@code ...http-listener-1.http.xpowered-by=false}
 * (server-config/payara/pre-boot-commands.asadmin).
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String HSTS = "max-age=31536000; includeSubDomains";
    static final String PERMISSIONS =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    @Inject
    @ConfigProperty(name = "messagerie.public-base-url")
    String publicBaseUrl;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String reportUri = request.getContextPath() + CspReportServlet.PATH;
        response.setHeader(
                ContentSecurityPolicy.HEADER,
                ContentSecurityPolicy.header(Optional.empty(), reportUri));
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure() || publicBaseUrl.startsWith("https://")) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (isPrivate(request) || request.getDispatcherType() == DispatcherType.ERROR) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, new PolicyKeepingResponse(response, reportUri));
    }

    /**
     * The signed-in areas, whose pages must never stay in a shared or back-button cache (error
     * pages neither: a 403 or 404 answers for a private address).
     */
    static boolean isPrivate(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/espace/")
                || path.startsWith("/agent/")
                || path.startsWith("/admin/");
    }

    /** Replaces any policy written downstream by ours, keeping its script nonce. */
    static final class PolicyKeepingResponse extends HttpServletResponseWrapper {

        private final String reportUri;

        PolicyKeepingResponse(HttpServletResponse response, String reportUri) {
            super(response);
            this.reportUri = reportUri;
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, ours(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            if (ContentSecurityPolicy.HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, ours(name, value));
            } else {
                super.addHeader(name, value);
            }
        }

        private String ours(String name, String value) {
            return ContentSecurityPolicy.HEADER.equalsIgnoreCase(name)
                    ? ContentSecurityPolicy.header(ContentSecurityPolicy.nonceIn(value), reportUri)
                    : value;
        }
    }
}
