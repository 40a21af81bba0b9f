package fr.messagerie.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that can fill the sign-in form like a browser (view state included),
 * for tests about headers, cookies and sessions where a real browser would hide them. Redirects are
 * not followed, so each response can be inspected.
 */
public final class FacesHttp {

    private static final Pattern PRIMEFACES_NONCE =
            Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    /** {@code base} is the deployment URL, ending with "/". */
    public FacesHttp(String base) {
        this.base = URI.create(base);
        this.http =
                HttpClient.newBuilder()
                        .cookieHandler(cookies)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    /** A GET carrying a cookie set by hand (e.g. a session id taken from another client). */
    public HttpResponse<String> getWithCookie(String path, String cookie) {
        return send(
                HttpRequest.newBuilder(base.resolve(path)).header("Cookie", cookie).GET().build());
    }

    public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** Posts the sign-in form; the answer is a redirect on success, the form again on failure. */
    public HttpResponse<String> signIn(String login, String password) {
        String form = get("connexion.xhtml").body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signIn", "signIn");
        fields.put("signIn:login", login);
        fields.put("signIn:password", password);
        fields.put("signIn:submit", "");
        fields.put("jakarta.faces.ViewState", viewState(form));
        fields.put("primefaces.nonce", primeFacesNonce(form));
        return post("connexion.xhtml", fields);
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /**
     * The nonce PrimeFaces' CSP mode expects back with a postback (its JavaScript adds it to forms;
     * a postback without it fails as soon as the page is rendered again).
     */
    public static String primeFacesNonce(String page) {
        Matcher matcher = PRIMEFACES_NONCE.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No PrimeFaces CSP nonce in the page");
        }
        String escaped = matcher.group(1);
        Matcher hex = Pattern.compile("\\\\x([0-9a-fA-F]{2})").matcher(escaped);
        StringBuilder plain = new StringBuilder();
        while (hex.find()) {
            hex.appendReplacement(
                    plain,
                    Matcher.quoteReplacement(
                            String.valueOf((char) Integer.parseInt(hex.group(1), 16))));
        }
        hex.appendTail(plain);
        return plain.toString().replaceAll("\\\\(.)", "$1");
    }

    public static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No view state in the page");
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(
                        e ->
                                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                        + "="
                                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
