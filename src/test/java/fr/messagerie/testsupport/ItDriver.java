package fr.messagerie.testsupport;

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
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The test JVM's side of {@link ItDriverServlet}. */
public final class ItDriver {

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    public ItDriver(java.net.URL deploymentBase) {
        this.base = URI.create(deploymentBase.toString());
    }

    public String submit(String login, String motifCode, String text) {
        return post("it/submit", Map.of("login", login, "motif", motifCode, "text", text))
                .getString("reference");
    }

    public String submit(String login, String motifCode, String text, String token) {
        return post(
                        "it/submit",
                        Map.of("login", login, "motif", motifCode, "text", text, "token", token))
                .getString("reference");
    }

    public void reply(String reference, String agentLogin, String text) {
        post("it/reply", Map.of("reference", reference, "agent", agentLogin, "text", text));
    }

    /**
     * Stores {@code count} conversations on a motif, opened {@code daysAgo} days ago and answered
     * by {@code agentLogin} the same day (a throwaway citizen's, so no demo account's list grows).
     */
    public void answeredHistory(String motifCode, int count, int daysAgo, String agentLogin) {
        post(
                "it/answered-history",
                Map.of(
                        "motif",
                        motifCode,
                        "count",
                        Integer.toString(count),
                        "daysAgo",
                        Integer.toString(daysAgo),
                        "agent",
                        agentLogin));
    }

    public String orphanNotification(String reference) {
        return post("it/orphan-notification", Map.of("reference", reference)).getString("id");
    }

    /** Keeps the server's default scheduled executor busy for that long (see ItDriverServlet). */
    public void occupyDefaultScheduler(Duration duration) {
        post("it/occupy-default-scheduler", Map.of("seconds", Long.toString(duration.toSeconds())));
    }

    /** A notification whose delivery died mid-way (see ItDriverServlet); returns its id. */
    public String interruptedNotification(String reference) {
        return post("it/interrupted-notification", Map.of("reference", reference)).getString("id");
    }

    /** Hands the same notification to several dispatchers at once (see ItDriverServlet). */
    public void race(String notificationId, int contenders) {
        post("it/race", Map.of("id", notificationId, "contenders", Integer.toString(contenders)));
    }

    /** Marks a notification failed as its last attempt would; wait for its first outcome first. */
    public void failNotification(String notificationId) {
        post("it/fail-notification", Map.of("id", notificationId));
    }

    /** Re-sends a failed notification as another admin would, behind a page's back. */
    public void requeueNotification(String notificationId) {
        post("it/requeue-notification", Map.of("id", notificationId));
    }

    /**
     * The notification of this kind and channel about a conversation (e.g. ACKNOWLEDGEMENT, MAIL).
     */
    public JsonObject notification(String reference, String kind, String channel) {
        return notifications(reference).getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("kind").equals(kind))
                .filter(n -> n.getString("channel").equals(channel))
                .findFirst()
                .orElseThrow();
    }

    /** That notification's status: PENDING, SENDING, SENT, FAILED or NOT_SENT. */
    public String notificationStatus(String reference, String kind, String channel) {
        return notification(reference, kind, channel).getString("status");
    }

    public JsonArray notifications(String reference) {
        String body =
                send(
                        HttpRequest.newBuilder(
                                        base.resolve(
                                                "it/notifications?reference=" + encode(reference)))
                                .GET()
                                .build());
        return Json.createReader(new StringReader(body)).readArray();
    }

    private JsonObject post(String path, Map<String, String> form) {
        String body =
                new LinkedHashMap<>(form)
                        .entrySet().stream()
                                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                                .collect(Collectors.joining("&"));
        String answer =
                send(
                        HttpRequest.newBuilder(base.resolve(path))
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
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
