package fr.messagerie.security.application;

import fr.messagerie.security.domain.FailedSignIns;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a login for a while after repeated failed passwords (see {@link FailedSignIns} for the
 * window and why in-memory per instance is enough). The identity store consults it before checking
 * a password and tells it the outcome.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int MAX_TRACKED_LOGINS = 100_000;

    @Inject
    @ConfigProperty(name = "messagerie.sign-in.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "messagerie.sign-in.failure-window-minutes", defaultValue = "15")
    int windowMinutes;

    @Inject private Clock clock;

    private FailedSignIns failures;

    @PostConstruct
    void init() {
        failures =
                new FailedSignIns(
                        maxFailures, Duration.ofMinutes(windowMinutes), MAX_TRACKED_LOGINS);
    }

    public boolean isBlocked(String login) {
        return failures.isBlocked(login, clock.instant());
    }

    public void failed(String login) {
        failures.recordFailure(login, clock.instant());
    }

    public void succeeded(String login) {
        failures.forget(login);
    }
}
