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
 * <p>One inline style attribute is allowed, by its hash: {@code style="display:none"}, which
 * PrimeFaces writes on hidden widgets such as dialogs ('unsafe-hashes' allows that exact value and
 * nothing else; it cannot run script).
 */
public final class ContentSecurityPolicy {

    public static final String HEADER = "Content-Security-Policy";

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    /** SHA-256 of "display:none", the style attribute PrimeFaces puts on hidden dialogs. */
    static final String HIDDEN_WIDGET_STYLE =
            "'sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE='";

    private ContentSecurityPolicy() {}

    /** The policy, with the nonce of this response if the page has one. */
    public static String header(Optional<String> nonce, String reportUri) {
        String scripts = "script-src 'self'" + nonce.map(n -> " 'nonce-" + n + "'").orElse("");
        return String.join(
                "; ",
                "default-src 'self'",
                scripts,
                "style-src 'self' 'unsafe-hashes' " + HIDDEN_WIDGET_STYLE,
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
