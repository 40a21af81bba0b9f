package fr.messagerie.devrun;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.messagerie.testsupport.SmsGatewayStub;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The run mode's window on what the application sent: a page listing the mails GreenMail received
 * and the SMS the gateway stub received, newest first. Loopback only.
 */
final class CaptureServer {

    private final int port;
    private final GreenMail mail;
    private final SmsGatewayStub sms;
    private HttpServer server;

    CaptureServer(int port, GreenMail mail) {
        this.port = port;
        this.mail = mail;
        this.sms = new SmsGatewayStub();
    }

    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::page);
        sms.mountOn(server, "/sms");
        server.start();
    }

    void stop() {
        server.stop(0);
    }

    String pageUrl() {
        return "http://localhost:" + port + "/";
    }

    String smsGatewayUrl() {
        return "http://127.0.0.1:" + port + "/sms";
    }

    private void page(HttpExchange exchange) throws IOException {
        if (!"/".equals(exchange.getRequestURI().getPath())) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        StringBuilder html =
                new StringBuilder(
                        "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                                + "<meta name=\"viewport\" content=\"width=device-width\">"
                                + "<title>Courriels et SMS envoyés</title></head><body>"
                                + "<h1>Courriels et SMS envoyés (mode démonstration)</h1>");
        html.append("<h2>SMS</h2><ul>");
        newestFirst(sms.received())
                .forEach(
                        message ->
                                html.append("<li><strong>")
                                        .append(escape(message.to()))
                                        .append("</strong> : ")
                                        .append(escape(message.text()))
                                        .append("</li>"));
        html.append("</ul><h2>Courriels</h2>");
        MimeMessage[] received = mail.getReceivedMessages();
        for (int i = received.length - 1; i >= 0; i--) {
            html.append(describe(received[i]));
        }
        html.append("</body></html>");
        byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static <T> java.util.List<T> newestFirst(java.util.List<T> items) {
        java.util.List<T> copy = new java.util.ArrayList<>(items);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static String describe(MimeMessage message) {
        try {
            String to =
                    Arrays.stream(message.getAllRecipients())
                            .map(Address::toString)
                            .collect(Collectors.joining(", "));
            return "<article><h3>"
                    + escape(message.getSubject())
                    + "</h3><p>À : "
                    + escape(to)
                    + "</p><pre>"
                    + escape(GreenMailUtil.getBody(message))
                    + "</pre></article>";
        } catch (MessagingException e) {
            return "<p>Courriel illisible : " + escape(e.getMessage()) + "</p>";
        }
    }

    private static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
