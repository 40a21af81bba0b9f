package fr.messagerie.appointment.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** A French phone number an agent can call, fixed or mobile, stored as 0X XX XX XX XX. */
public final class PhoneNumber {

    private static final Pattern FRENCH = Pattern.compile("^(?:\\+33|0033|0)([1-9]\\d{8})$");

    private PhoneNumber() {}

    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        var matcher = FRENCH.matcher(typed.replaceAll("[\\s.\\-()]", ""));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String digits = "0" + matcher.group(1);
        StringBuilder spaced = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 2) {
            if (i > 0) {
                spaced.append(' ');
            }
            spaced.append(digits, i, i + 2);
        }
        return Optional.of(spaced.toString());
    }
}
