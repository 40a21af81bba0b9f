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
    @ConfigProperty(name = "messagerie.notification.republish-after-seconds", defaultValue = "60")
    private long republishAfterSeconds;

    @Inject
    @ConfigProperty(name = "messagerie.public-base-url")
    private String publicBaseUrl;

    @Inject
    @ConfigProperty(
            name = "messagerie.mail.from",
            defaultValue = "Messagerie <ne-pas-repondre@messagerie.example>")
    private String mailFrom;

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(
                Duration.ofSeconds(retryBaseSeconds), Duration.ofHours(2), maxAttempts);
    }

    public Duration sweepInterval() {
        return Duration.ofSeconds(sweepSeconds);
    }

    /**
     * How long a due notification may wait for its consumer before the sweeper publishes it again.
     * Long enough that a busy queue is not flooded with copies (harmless but wasteful: only one
     * claim succeeds), short enough that a lost publication is caught within minutes.
     */
    public Duration republishAfter() {
        return Duration.ofSeconds(republishAfterSeconds);
    }

    /** Where links in mails point: the portal's public address. */
    public String publicBaseUrl() {
        return publicBaseUrl.endsWith("/")
                ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }

    /**
     * The sender of notification mails, display name included ("Messagerie <address>"). An
     * application setting rather than the mail session's: WildFly copies a session's "from" into
     * the SMTP envelope sender verbatim, display name and all, which servers refuse; set on the
     * message, the envelope sender is the bare address on both servers.
     */
    public String mailFrom() {
        return mailFrom;
    }
}
