package fr.messagerie.security;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The test JVM's side of {@link SecurityItServlet}. */
final class SecurityDriver {

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    SecurityDriver(java.net.URL deploymentBase) {
        this.base = URI.create(deploymentBase.toString());
    }

    String newCitizen() {
        return newCitizen("Test Sécurité");
    }

    String newCitizen(String displayName) {
        return post("citizen", Map.of("name", displayName)).getString("login");
    }

    String submit(String login) {
        return post("submit", Map.of("login", login)).getString("reference");
    }

    String submit(String login, String text) {
        return post("submit", Map.of("login", login, "text", text)).getString("reference");
    }

    /** "refused" (with the message key) when the rate limit says no, else a normal answer. */
    JsonObject trySubmit(String login) {
        return post("submit", Map.of("login", login));
    }

    JsonObject reply(String login, String reference) {
        return post("reply", Map.of("login", login, "reference", reference));
    }

    /** Moves every message the citizen wrote back by this many hours. */
    void age(String login, int hours) {
        post("age", Map.of("login", login, "hours", String.valueOf(hours)));
    }

    JsonObject open(String login, String reference) {
        return post("open", Map.of("login", login, "reference", reference));
    }

    /** The algorithm and iterations of the account's stored password hash. */
    JsonObject passwordHashOf(String login) {
        String body =
                send(
                        HttpRequest.newBuilder(
                                        base.resolve("it-security/hash?login=" + encode(login)))
                                .GET()
                                .build());
        return Json.createReader(new StringReader(body)).readObject();
    }

    /** Audit events whose actor login or target id is one of these. */
    List<JsonObject> audit(String login, String target) {
        String body =
                send(
                        HttpRequest.newBuilder(
                                        base.resolve(
                                                "it-security/audit?login="
                                                        + encode(login)
                                                        + "&target="
                                                        + encode(target)))
                                .GET()
                                .build());
        JsonArray events = Json.createReader(new StringReader(body)).readArray();
        return events.getValuesAs(JsonObject.class);
    }

    private JsonObject post(String path, Map<String, String> form) {
        String body =
                new LinkedHashMap<>(form)
                        .entrySet().stream()
                                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                                .collect(Collectors.joining("&"));
        String answer =
                send(
                        HttpRequest.newBuilder(base.resolve("it-security/" + path))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build());
        return Json.createReader(new StringReader(answer)).readObject();
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        request.uri()
                                + " answered "
                                + response.statusCode()
                                + ": "
                                + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
