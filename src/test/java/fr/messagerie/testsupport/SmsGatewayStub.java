package fr.messagerie.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the SMS gateway: accepts the JSON the application posts, keeps it, and can
 * be told to answer HTTP 500 a number of times first (to prove retries). Used by the tests and by
 * the run mode's capture page.
 */
public final class SmsGatewayStub {

    /** One SMS as the gateway received it. */
    public record ReceivedSms(String to, String text, String reference, String apiKey) {}

    private final List<ReceivedSms> received = new ArrayList<>();
    private final AtomicInteger failuresToSimulate = new AtomicInteger();
    private HttpServer ownServer;
    private java.util.concurrent.ExecutorService ownExecutor;

    /** Starts a server of its own on the given port and returns the URL to configure. */
    public String start(int port) throws IOException {
        ownServer = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        mountOn(ownServer, "/sms");
        // Several dispatchers post at once: answer them in parallel, as a real gateway would.
        ownExecutor = java.util.concurrent.Executors.newFixedThreadPool(8);
        ownServer.setExecutor(ownExecutor);
        ownServer.start();
        return "http://127.0.0.1:" + port + "/sms";
    }

    public void stop() {
        if (ownServer != null) {
            ownServer.stop(0);
            // its threads are not daemons: left alive, they keep a harness's JVM (exec:java) up
            ownExecutor.shutdownNow();
        }
    }

    public void mountOn(HttpServer server, String path) {
        server.createContext(path, this::handle);
    }

    public void failNextRequests(int count) {
        failuresToSimulate.set(count);
    }

    public synchronized List<ReceivedSms> received() {
        return List.copyOf(received);
    }

    public synchronized void clear() {
        received.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            if (failuresToSimulate.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            JsonObject json;
            try (InputStream body = exchange.getRequestBody();
                    JsonReader reader = Json.createReader(body)) {
                json = reader.readObject();
            }
            synchronized (this) {
                received.add(
                        new ReceivedSms(
                                json.getString("to", ""),
                                json.getString("text", ""),
                                json.getString("reference", ""),
                                exchange.getRequestHeaders().getFirst("Authorization")));
            }
            byte[] answer = "{\"status\":\"accepted\"}".getBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(202, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }
}
