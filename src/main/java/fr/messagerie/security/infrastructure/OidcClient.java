package fr.messagerie.security.infrastructure;

import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import fr.messagerie.platform.infrastructure.JsonFactories;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The relying party of citizens' OpenID Connect sign-in (authorization code flow with PKCE). The
 * provider's metadata is read from its discovery document on first use, not at deploy, so the
 * service starts even while the provider is down, and the form sign-in never depends on it. An
 * empty issuer switches OpenID Connect off.
 */
@ApplicationScoped
public class OidcClient {

    private static final Logger LOG = Logger.getLogger(OidcClient.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    @ConfigProperty(name = "messagerie.oidc.issuer")
    private Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "messagerie.oidc.client-id")
    private Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "messagerie.oidc.client-secret")
    private Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "messagerie.oidc.redirect-uri")
    private Optional<String> redirectUri;

    @Inject
    @ConfigProperty(name = "messagerie.oidc.scopes", defaultValue = "openid profile email phone")
    private String scopes;

    private HttpClient http;
    private volatile Provider provider;

    private record Provider(URI authorization, URI token, IdTokenVerifier verifier) {}

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    public boolean isEnabled() {
        return issuer.filter(value -> !value.isBlank()).isPresent();
    }

    /**
     * Where to send the browser. Without a configured redirect URI the one derived from the request
     * is used (development); the provider only accepts redirect URIs registered for the client.
     */
    public URI authorizationRequest(OidcPendingSignIn pending, String requestRedirectUri) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId.orElse(""));
        query.put("redirect_uri", redirectUri(requestRedirectUri));
        query.put("scope", scopes);
        query.put("state", pending.state());
        query.put("nonce", pending.nonce());
        query.put("code_challenge", pending.codeChallenge());
        query.put("code_challenge_method", "S256");
        URI endpoint = provider().authorization();
        String separator = endpoint.getRawQuery() == null ? "?" : "&";
        return URI.create(endpoint + separator + form(query));
    }

    /** Exchanges the code (with the PKCE verifier) and returns the verified ID token's claims. */
    public Map<String, Object> claimsFor(
            String code, OidcPendingSignIn pending, String requestRedirectUri) {
        if (code == null || code.isBlank()) {
            throw new OidcException("no authorization code");
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri(requestRedirectUri));
        body.put("code_verifier", pending.codeVerifier());
        body.put("client_id", clientId.orElse(""));
        body.put("client_secret", clientSecret.orElse(""));
        Provider current = provider();
        JsonObject tokens =
                json(
                        HttpRequest.newBuilder(current.token())
                                .timeout(TIMEOUT)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(form(body)))
                                .build(),
                        "token");
        String idToken = tokens.getString("id_token", null);
        if (idToken == null) {
            throw new OidcException("token response without id_token");
        }
        return current.verifier().verify(idToken, pending.nonce());
    }

    private String redirectUri(String requestRedirectUri) {
        return redirectUri.filter(value -> !value.isBlank()).orElse(requestRedirectUri);
    }

    private Provider provider() {
        Provider known = provider;
        if (known == null) {
            synchronized (this) {
                if (provider == null) {
                    provider = discover();
                }
                known = provider;
            }
        }
        return known;
    }

    private Provider discover() {
        String expected = issuer.orElseThrow(() -> new OidcException("no issuer configured"));
        String base =
                expected.endsWith("/") ? expected.substring(0, expected.length() - 1) : expected;
        JsonObject metadata =
                json(
                        HttpRequest.newBuilder(
                                        URI.create(base + "/.well-known/openid-configuration"))
                                .timeout(TIMEOUT)
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        "discovery");
        if (!expected.equals(metadata.getString("issuer", ""))) {
            throw new OidcException("discovery document of another issuer");
        }
        try {
            IdTokenVerifier verifier =
                    new IdTokenVerifier(
                            expected,
                            clientId.orElse(""),
                            JWKSourceBuilder.create(new URI(metadata.getString("jwks_uri")).toURL())
                                    .build());
            LOG.info("oidc provider metadata loaded");
            return new Provider(
                    URI.create(metadata.getString("authorization_endpoint")),
                    URI.create(metadata.getString("token_endpoint")),
                    verifier);
        } catch (URISyntaxException | IOException | RuntimeException e) {
            throw new OidcException("unusable discovery document", e);
        }
    }

    private JsonObject json(HttpRequest request, String what) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new OidcException(what + " answered HTTP " + response.statusCode());
            }
            try (JsonReader reader =
                    JsonFactories.READERS.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new OidcException(what + " unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcException(what + " interrupted", e);
        } catch (RuntimeException e) {
            if (e instanceof OidcException) {
                throw e;
            }
            throw new OidcException(what + " unreadable", e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(
                        e ->
                                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                        + "="
                                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
