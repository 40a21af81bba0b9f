package fr.messagerie.security.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An International Bank Account Number checked with the ISO 13616 mod-97 rule. Country-specific
 * lengths are not checked: a wrong length is caught by the checksum in all but one case in 97,
 * which is enough to recognise an account number and does not need a table kept up to date.
 */
public final class Iban {

    // Norway has the shortest national format (15 characters); the standard allows up to 34.
    static final int MIN_LENGTH = 15;
    static final int MAX_LENGTH = 34;

    private static final Pattern FORMAT =
            Pattern.compile(
                    "[A-Z]{2}\\d{2}[A-Z0-9]{" + (MIN_LENGTH - 4) + "," + (MAX_LENGTH - 4) + "}");

    private Iban() {}

    /**
     * Whether {@code text} is an IBAN with correct check digits. Spaces are accepted anywhere, as
     * in the printed form grouped by four; lower case is accepted too.
     */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String compact = withoutSpaces(text).toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(compact).matches()) {
            return false;
        }
        // Check digits are computed as 98 minus a remainder, so they lie between 02 and 98;
        // 00, 01 and 99 would pass the modulo only because they collide with 97, 98 and 02.
        String checkDigits = compact.substring(2, 4);
        if (checkDigits.equals("00") || checkDigits.equals("01") || checkDigits.equals("99")) {
            return false;
        }
        return mod97(compact.substring(4) + compact.substring(0, 4)) == 1;
    }

    // Letters count as two digits (A = 10 ... Z = 35); the remainder is carried character by
    // character because the whole number has up to 68 digits.
    private static int mod97(String rearranged) {
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36);
            remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
        }
        return remainder;
    }

    private static String withoutSpaces(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
