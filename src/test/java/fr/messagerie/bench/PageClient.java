package fr.messagerie.bench;

import fr.messagerie.testsupport.FacesHttp;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's worth of HTTP for the load harness: its own cookies over a shared connection pool,
 * redirects followed the way a browser does (a POST answered 302/303 becomes a GET), and the Faces
 * form fields (view state, PrimeFaces CSP nonce) read back from each page before the next postback.
 */
final class PageClient {

    private final HttpClient http;
    private final URI base;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    /** The last page this client received and where it came from. */
    private String page = "";

    private URI location;

    PageClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
        this.location = base;
    }

    static HttpClient sharedHttp() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    String page() {
        return page;
    }

    URI location() {
        return location;
    }

    /** The cookies this browser would send, as a Cookie header's value (its signed-in session). */
    String cookieHeader() {
        return cookies.entrySet().stream()
                .map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    /** Whether the last page is the sign-in page (a refused sign-in, or a session gone). */
    boolean onSignInPage() {
        return location.getPath().endsWith("/connexion.xhtml");
    }

    /** GETs a page (relative to the deployment unless absolute) and follows its redirects. */
    String get(String path) {
        URI uri = path.startsWith("/") ? location.resolve(path) : base.resolve(path);
        return follow(request(uri).GET().build());
    }

    /** Posts a form to the current page and follows the redirect, as a non-Ajax button does. */
    String postForm(Map<String, String> fields) {
        return follow(
                request(location)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
                        .build());
    }

    /**
     * Posts a form whose answer is a redirect (post-redirect-get) and returns where it leads,
     * without following it (so the POST is timed on its own).
     */
    URI postForRedirect(Map<String, String> fields) {
        HttpResponse<String> response =
                send(
                        request(location)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
                                .build());
        int status = response.statusCode();
        if (status != 302 && status != 303) {
            throw new StepFailed("Answer " + status + " instead of a redirect");
        }
        return location.resolve(
                response.headers()
                        .firstValue("Location")
                        .orElseThrow(() -> new StepFailed("Redirect without Location")));
    }

    /** Posts the sign-out form (the servlet checks the Origin, as a browser sends it). */
    void signOut() {
        send(
                request(base.resolve("deconnexion"))
                        .header("Origin", base.getScheme() + "://" + base.getAuthority())
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
    }

    /** The fields every postback of a form of the current page carries. */
    Map<String, String> form(String formId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(formId, formId);
        fields.put("jakarta.faces.ViewState", FacesHttp.viewState(page));
        fields.put("primefaces.nonce", FacesHttp.primeFacesNonce(page));
        return fields;
    }

    /** The value of the radio button whose label reads {@code label}. */
    String radioValue(String label) {
        Matcher forLabel =
                Pattern.compile(
                                "<label[^>]*for=\"([^\"]+)\"[^>]*>\\s*"
                                        + Pattern.quote(label)
                                        + "\\s*</label>")
                        .matcher(page);
        if (!forLabel.find()) {
            throw new StepFailed("No radio labelled " + label + " on " + location);
        }
        Matcher input =
                Pattern.compile("<input[^>]*id=\"" + Pattern.quote(forLabel.group(1)) + "\"[^>]*>")
                        .matcher(page);
        if (!input.find()) {
            throw new StepFailed("No radio input for " + label);
        }
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
        if (!value.find()) {
            throw new StepFailed("No value on the radio " + label);
        }
        return value.group(1);
    }

    private String follow(HttpRequest first) {
        HttpRequest request = first;
        for (int hops = 0; hops < 5; hops++) {
            HttpResponse<String> response = send(request);
            location = request.uri();
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307) {
                String target =
                        response.headers()
                                .firstValue("Location")
                                .orElseThrow(() -> new StepFailed("Redirect without Location"));
                request = request(request.uri().resolve(target)).GET().build();
                continue;
            }
            if (status >= 400) {
                throw new StepFailed(
                        "HTTP "
                                + status
                                + " on "
                                + request.uri().getPath()
                                + " "
                                + cookies.keySet());
            }
            page = response.body();
            return page;
        }
        throw new StepFailed("Too many redirects from " + first.uri());
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookieHeader());
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
            List<String> setCookies = response.headers().allValues("Set-Cookie");
            for (String setCookie : setCookies) {
                String pair = setCookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1));
                }
            }
            return response;
        } catch (IOException e) {
            throw new StepFailed("I/O: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepFailed("interrupted");
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

    /** A step that did not get the page it expected: counted as an error, the walk restarts. */
    static final class StepFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StepFailed(String message) {
            super(message, null, false, false);
        }
    }
}
