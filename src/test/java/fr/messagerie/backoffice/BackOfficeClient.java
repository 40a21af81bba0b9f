package fr.messagerie.backoffice;

import jakarta.json.Json;
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
import java.util.Map;
import java.util.stream.Collectors;

/** The test JVM's side of {@link BackOfficeItServlet}. */
final class BackOfficeClient {

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    BackOfficeClient(java.net.URL deploymentBase) {
        this.base = URI.create(deploymentBase.toString());
    }

    /** The HTTP status of an action done as the agent: 200, or 404 outside their scope. */
    int act(String login, String reference, String action, String value) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", login);
        form.put("reference", reference);
        form.put("action", action);
        if (value != null) {
            form.put("value", value);
        }
        return call("act", form).statusCode();
    }

    JsonObject inbox(String login, String view, String reference, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", login);
        form.put("view", view);
        if (reference != null) {
            form.put("reference", reference);
        }
        if (text != null) {
            form.put("text", text);
        }
        return json(call("inbox", form));
    }

    JsonObject state(String reference) {
        return json(call("state", Map.of("reference", reference)));
    }

    JsonObject stats(String login) {
        return json(call("stats", Map.of("login", login)));
    }

    JsonObject expected(String motif) {
        return json(call("expected", Map.of("motif", motif)));
    }

    void backdate(String reference, String dueAt) {
        json(call("backdate", Map.of("reference", reference, "dueAt", dueAt)));
    }

    private HttpResponse<String> call(String path, Map<String, String> form) {
        String body =
                form.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
        try {
            return http.send(
                    HttpRequest.newBuilder(base.resolve("it-backoffice/" + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
