package fr.messagerie.security.web;

import fr.messagerie.security.domain.SensitiveDataDetector;
import fr.messagerie.security.domain.SensitiveDataReport;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The message fields' warning while the citizen types: the text in, what sensitive data it holds
 * out ({@code {"nir":true,"iban":false,"medicalTerms":["diabète"]}}); sensitive-data-scan.js words
 * it from the page's own texts. A plain endpoint rather than a Faces Ajax request: the message step
 * and the conversation page then need no component library, and a scan does not restore a view. It
 * reads nothing and changes nothing (no CSRF token needed); the text is bounded, since a message
 * longer than its limit is refused anyway. Under /espace/, so signed-in citizens only.
 */
@WebServlet("/espace/donnees-sensibles")
public class SensitiveDataScanServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Characters scanned at most: several times a message's limit. */
    public static final int MAX_SCANNED = 4_000;

    private static final SensitiveDataDetector DETECTOR = new SensitiveDataDetector();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String text = request.getParameter("text");
        if (text == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        SensitiveDataReport report =
                DETECTOR.scan(text.length() > MAX_SCANNED ? text.substring(0, MAX_SCANNED) : text);
        JsonArrayBuilder terms = Json.createArrayBuilder();
        report.medicalTerms().forEach(terms::add);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .write(
                        Json.createObjectBuilder()
                                .add("nir", report.nir())
                                .add("iban", report.iban())
                                .add("medicalTerms", terms)
                                .build()
                                .toString());
    }
}
