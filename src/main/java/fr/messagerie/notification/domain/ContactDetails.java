package fr.messagerie.notification.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the addresses a profile holds before anything is sent: a missing or malformed one is
 * recorded as "not sent" rather than failing at the provider again and again.
 */
public final class ContactDetails {

    // Deliberately simple: one @, a dot in the domain, no spaces or header-breaking characters.
    private static final Pattern EMAIL =
            Pattern.compile("^[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:]+$");
    private static final Pattern FRENCH_MOBILE = Pattern.compile("^(?:\\+33|0033|0)([67]\\d{8})$");

    private ContactDetails() {}

    public static boolean isUsableEmail(String email) {
        return email != null && email.length() <= 254 && EMAIL.matcher(email).matches();
    }

    /** A French mobile number in E.164 (+336..., +337...), whatever spacing it was typed with. */
    public static Optional<String> mobileInInternationalFormat(String mobile) {
        if (mobile == null) {
            return Optional.empty();
        }
        var matcher = FRENCH_MOBILE.matcher(mobile.replaceAll("[\\s.\\-]", ""));
        return matcher.matches() ? Optional.of("+33" + matcher.group(1)) : Optional.empty();
    }
}
