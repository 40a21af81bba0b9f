package fr.messagerie.security.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The French social-security number (NIR): 13 characters identifying the person, then a two-digit
 * key equal to 97 minus the 13-digit number modulo 97.
 */
public final class Nir {

    // Sex or registration kind (1 and 2, 3 and 4 while a foreign-born person is being registered,
    // 7 and 8 for temporary numbers), then year and month of birth, the department (2A and 2B for
    // Corsica), the commune, the birth order and the key.
    private static final Pattern FORMAT = Pattern.compile("[1-478]\\d{4}(?:\\d{2}|2[AB])\\d{8}");

    private static final int DEPARTMENT_START = 5;
    private static final int KEY_START = 13;

    private Nir() {}

    /**
     * Whether {@code text} is a NIR with a correct key. Spaces and dots between the digits are
     * accepted, as people copy the number from their card or a letter.
     */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String compact = withoutSeparators(text).toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(compact).matches()) {
            return false;
        }
        long number = Long.parseLong(numericBody(compact));
        int key = Integer.parseInt(compact.substring(KEY_START));
        return key == 97 - number % 97;
    }

    // The key is computed on digits only: by convention 2A counts as 19 and 2B as 18.
    private static String numericBody(String compact) {
        String body = compact.substring(0, KEY_START);
        String department = body.substring(DEPARTMENT_START, DEPARTMENT_START + 2);
        String numericDepartment =
                switch (department) {
                    case "2A" -> "19";
                    case "2B" -> "18";
                    default -> department;
                };
        return body.substring(0, DEPARTMENT_START)
                + numericDepartment
                + body.substring(DEPARTMENT_START + 2);
    }

    private static String withoutSeparators(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
