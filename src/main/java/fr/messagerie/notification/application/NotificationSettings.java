package fr.messagerie.notification.application;

import fr.messagerie.notification.domain.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivery settings from the configuration. The defaults are production's; tests shorten the delays
 * so that retries happen within seconds.
 */
@ApplicationScoped
public class NotificationSettings {

    @Inject
    @ConfigProperty(name = "messagerie.notification.retry-base-seconds", defaultValue = "30")
    private long retryBaseSeconds;

    @Inject
    @ConfigProperty(name = "messagerie.notification.max-attempts", defaultValue = "10")
    private int maxAttempts;

    @Inject
    @ConfigProperty(name = "messagerie.notification.sweep-seconds", defaultValue = "60")
    private long sweepSeconds;

    @Inject
    @ConfigProperty(name = "messagerie.public-base-url")
    private String publicBaseUrl;

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(
                Duration.ofSeconds(retryBaseSeconds), Duration.ofHours(2), maxAttempts);
    }

    public Duration sweepInterval() {
        return Duration.ofSeconds(sweepSeconds);
    }

    /** Where links in mails point: the portal's public address. */
    public String publicBaseUrl() {
        return publicBaseUrl.endsWith("/")
                ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }
}
