package fr.messagerie.security.application;

import fr.messagerie.security.domain.RateWindow;

/**
 * A citizen sent too many messages recently. The page shows {@link #messageKey()} from the UI
 * bundle; nothing was stored.
 */
public class RateLimitExceededException extends RuntimeException {

    private final RateWindow window;

    public RateLimitExceededException(RateWindow window) {
        super("Message rate limit reached for the last " + window.name().toLowerCase());
        this.window = window;
    }

    public RateWindow window() {
        return window;
    }

    /** The UI bundle key that explains the refusal and when to try again. */
    public String messageKey() {
        return window == RateWindow.HOUR ? "rateLimit.messages.hourly" : "rateLimit.messages.daily";
    }
}
