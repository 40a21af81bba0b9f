package fr.messagerie.security.domain;

import fr.messagerie.referential.domain.Audience;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A citizen as the identity provider vouches for them, read from the verified ID token's claims:
 * {@code sub} (the key of the account, never shown), {@code given_name} and {@code family_name}
 * (the display name), {@code email} and {@code phone_number} when present, and the audience from
 * the optional {@code messagerie_audience} claim (PARTICULIER, EXPLOITANT or EMPLOYEUR; anything
 * else, or nothing, means PARTICULIER, the common case of an individual).
 */
public record CitizenIdentity(
        String subject, String displayName, Audience audience, String email, String mobile) {

    /** The claim a provider (or a proxy in front of it) may send to say who the citizen is. */
    public static final String AUDIENCE_CLAIM = "messagerie_audience";

    static final int MAX_SUBJECT = 100;
    static final int MAX_DISPLAY_NAME = 200;
    static final int MAX_EMAIL = 254;
    static final int MAX_MOBILE = 20;

    public CitizenIdentity {
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT) {
            throw new IllegalArgumentException("subject missing or too long");
        }
    }

    public static CitizenIdentity fromClaims(Map<String, Object> claims) {
        String subject = text(claims, "sub").orElse(null);
        String given = text(claims, "given_name").orElse("");
        String family = text(claims, "family_name").orElse("");
        String name = (given + " " + family).trim();
        if (name.isEmpty()) {
            name = text(claims, "name").orElse("");
        }
        if (name.isEmpty()) {
            // Nothing to greet them with: the generic wording beats showing an opaque subject.
            name = "Usager";
        }
        return new CitizenIdentity(
                subject,
                cut(name, MAX_DISPLAY_NAME),
                text(claims, AUDIENCE_CLAIM)
                        .flatMap(CitizenIdentity::audience)
                        .orElse(Audience.PARTICULIER),
                text(claims, "email")
                        .filter(e -> e.length() <= MAX_EMAIL && e.contains("@"))
                        .orElse(null),
                text(claims, "phone_number")
                        .map(p -> p.replaceAll("[\\s.-]", ""))
                        .filter(p -> p.matches("\\+?[0-9]{6,19}"))
                        .orElse(null));
    }

    /** The account such an identity gets on first sign-in. */
    public Account newAccount() {
        return Account.citizen(subject, displayName, audience, email, mobile);
    }

    private static Optional<Audience> audience(String value) {
        try {
            return Optional.of(Audience.valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(Map<String, Object> claims, String name) {
        return Optional.ofNullable(claims.get(name))
                .filter(String.class::isInstance)
                .map(value -> ((String) value).strip())
                .filter(value -> !value.isEmpty());
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
