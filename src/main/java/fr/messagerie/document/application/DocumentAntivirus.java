package fr.messagerie.document.application;

import fr.messagerie.document.domain.ScanStatus;
import fr.messagerie.document.infrastructure.ClamdClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * The antivirus step. Without a configured clamd, or when it cannot be reached, a file is kept as
 * "not scanned" (agents see it) rather than refused: an antivirus outage must not stop citizens
 * from meeting a deadline. A threat found is refused at upload and never stored.
 */
@ApplicationScoped
public class DocumentAntivirus {

    private static final Logger LOG = Logger.getLogger(DocumentAntivirus.class.getName());

    @Inject private DocumentSettings settings;

    public ScanStatus scan(byte[] content) {
        if (settings.clamdHost().isEmpty()) {
            return ScanStatus.NOT_SCANNED;
        }
        ClamdClient clamd =
                new ClamdClient(
                        settings.clamdHost().get(),
                        settings.clamdPort(),
                        settings.clamdTimeoutMillis());
        try {
            ClamdClient.Verdict verdict = clamd.scan(content);
            if (verdict.infected()) {
                LOG.warning(() -> "Antivirus found " + verdict.signature() + " in an upload");
                return ScanStatus.INFECTED;
            }
            return ScanStatus.CLEAN;
        } catch (IOException e) {
            LOG.warning(() -> "Antivirus unavailable, file kept as not scanned: " + e);
            return ScanStatus.NOT_SCANNED;
        }
    }
}
