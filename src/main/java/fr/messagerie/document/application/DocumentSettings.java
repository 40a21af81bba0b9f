package fr.messagerie.document.application;

import fr.messagerie.document.domain.UploadPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The upload limits and the antivirus address, from configuration. */
@ApplicationScoped
public class DocumentSettings {

    @Inject
    @ConfigProperty(name = "messagerie.documents.max-file-bytes", defaultValue = "10485760")
    long maxFileBytes;

    @Inject
    @ConfigProperty(name = "messagerie.documents.max-files", defaultValue = "5")
    int maxFiles;

    // No default host: without one, files are kept as "not scanned".
    @Inject
    @ConfigProperty(name = "messagerie.documents.clamd.host")
    Optional<String> clamdHost;

    @Inject
    @ConfigProperty(name = "messagerie.documents.clamd.port", defaultValue = "3310")
    int clamdPort;

    @Inject
    @ConfigProperty(name = "messagerie.documents.clamd.timeout-ms", defaultValue = "10000")
    int clamdTimeoutMillis;

    public UploadPolicy policy() {
        return new UploadPolicy(maxFileBytes, maxFiles);
    }

    /** The clamd host, when an antivirus is configured. */
    public Optional<String> clamdHost() {
        return clamdHost.map(String::strip).filter(host -> !host.isEmpty());
    }

    public int clamdPort() {
        return clamdPort;
    }

    public int clamdTimeoutMillis() {
        return clamdTimeoutMillis;
    }
}
