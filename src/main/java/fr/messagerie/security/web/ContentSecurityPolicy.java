package fr.messagerie.security.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one Content-Security-Policy of the service. Scripts run only from our own origin or with the
 * per-response nonce that PrimeFaces' CSP mode puts on the scripts it writes; no inline style, no
 * plugin, no framing, no form posting elsewhere. A script injected into a page therefore neither
 * runs nor goes unnoticed: the browser reports it to {@code report-uri}.
 *
 * <p>Two inline style attributes are allowed, by their hashes: {@code style="display:none"}, which
 * PrimeFaces writes on hidden widgets such as dialogs, and {@code style=";visibility:hidden;"},
 * which it writes on a reflow data table until its script has laid it out ('unsafe-hashes' allows
 * those exact values and nothing else; a style cannot run script).
 */
public final class ContentSecurityPolicy {

    public static final String HEADER = "Content-Security-Policy";

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    /** SHA-256 of "display:none", the style attribute PrimeFaces puts on hidden dialogs. */
    static final String HIDDEN_WIDGET_STYLE =
            "'sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE='";

    /** SHA-256 of ";visibility:hidden;", on a reflow p:dataTable before its script runs. */
    static final String REFLOW_TABLE_STYLE =
            "'sha256-vEHI8VTbGmrx7XkXE799b/hatOrx7G+PBTHrb3YsP18='";

    private ContentSecurityPolicy() {}

    /** The policy, with the nonce of this response if the page has one. */
    public static String header(Optional<String> nonce, String reportUri) {
        String scripts = "script-src 'self'" + nonce.map(n -> " 'nonce-" + n + "'").orElse("");
        return String.join(
                "; ",
                "default-src 'self'",
                scripts,
                "style-src 'self' 'unsafe-hashes' "
                        + HIDDEN_WIDGET_STYLE
                        + " "
                        + REFLOW_TABLE_STYLE,
                "img-src 'self' data:",
                "font-src 'self'",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'",
                "report-uri " + reportUri);
    }

    /** The nonce in a policy PrimeFaces wrote, if any. */
    public static Optional<String> nonceIn(String policy) {
        if (policy == null) {
            return Optional.empty();
        }
        Matcher matcher = NONCE.matcher(policy);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
