package fr.messagerie.security.web;

import fr.messagerie.platform.web.UserMessages;
import fr.messagerie.security.domain.SensitiveDataDetector;
import fr.messagerie.security.domain.SensitiveDataReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns a citizen that their message seems to hold sensitive data (a social-security number with a
 * valid key, an IBAN, medical vocabulary), for the text a page holds (a message field shown again,
 * the summary); while they type, SensitiveDataScanServlet answers with the same detector. A warning
 * only: they may still send. The scanned text is never stored or logged.
 */
@Named
@RequestScoped
public class SensitiveDataWarning {

    private static final SensitiveDataDetector DETECTOR = new SensitiveDataDetector();

    @Inject private UserMessages messages;

    /** The warning lines for this text; empty when nothing is found. */
    public List<String> linesFor(String text) {
        SensitiveDataReport report = DETECTOR.scan(text);
        List<String> lines = new ArrayList<>();
        if (report.nir()) {
            lines.add(messages.text("common.message.sensitive.nir"));
        }
        if (report.iban()) {
            lines.add(messages.text("common.message.sensitive.iban"));
        }
        if (!report.medicalTerms().isEmpty()) {
            lines.add(
                    messages.text(
                            "common.message.sensitive.medical",
                            String.join(", ", report.medicalTerms())));
        }
        return lines;
    }
}
