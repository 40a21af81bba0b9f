package fr.messagerie.security.web;

import fr.messagerie.platform.infrastructure.JsonFactories;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Receives the browsers' CSP violation reports and logs one line each: the directive, the kind of
 * blocked resource and the page path. Never the query string, the sample or the full blocked URL,
 * which may carry a reference or a piece of what a person typed. Anyone may post here, so the body
 * is capped and the log line cut short.
 */
@WebServlet(CspReportServlet.PATH)
public class CspReportServlet extends HttpServlet {

    public static final String PATH = "/csp-report";

    static final int MAX_BODY_BYTES = 8 * 1024;
    private static final Logger LOG = Logger.getLogger(CspReportServlet.class.getName());

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES);
        }
        String line = describe(new String(body, StandardCharsets.UTF_8));
        LOG.warning(() -> "csp violation " + line);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    static String describe(String json) {
        try (JsonReader reader = JsonFactories.READERS.createReader(new StringReader(json))) {
            JsonObject root = reader.readObject();
            JsonObject report = root.getJsonObject("csp-report");
            if (report == null) {
                return "unreadable";
            }
            return "directive="
                    + token(
                            report.getString(
                                    "effective-directive",
                                    report.getString("violated-directive", "")))
                    + " blocked="
                    + blockedKind(report.getString("blocked-uri", ""))
                    + " page="
                    + token(path(report.getString("document-uri", "")));
        } catch (JsonException | ClassCastException | IllegalStateException e) {
            return "unreadable";
        }
    }

    /** "inline", "eval", "self" or the blocked origin's scheme and host: never its path. */
    private static String blockedKind(String blocked) {
        if (blocked.isEmpty() || blocked.equals("inline") || blocked.equals("eval")) {
            return blocked.isEmpty() ? "inline" : blocked;
        }
        try {
            URI uri = URI.create(blocked);
            return uri.getHost() == null
                    ? token(uri.getScheme())
                    : uri.getScheme() + "://" + token(uri.getHost());
        } catch (IllegalArgumentException e) {
            return "other";
        }
    }

    private static String path(String documentUri) {
        try {
            String path = URI.create(documentUri).getRawPath();
            return path == null ? "" : path;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String token(String text) {
        String clean = text == null ? "" : text.replaceAll("[^A-Za-z0-9._/:-]", "_");
        return clean.length() <= 100 ? clean : clean.substring(0, 100);
    }
}
