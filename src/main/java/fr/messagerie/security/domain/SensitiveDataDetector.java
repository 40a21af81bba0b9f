package fr.messagerie.security.domain;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks in a free text for personal data that should not be sent in a message: a social-security
 * number, a bank account number or health information. Numbers are only reported when their key or
 * check digits are right, so that file numbers and phone numbers do not raise false alarms.
 *
 * <p>Instances hold no state and may be shared between threads.
 */
public final class SensitiveDataDetector {

    // A NIR is 15 characters; people group them in various ways, so one space or dot is allowed
    // between any two characters. The candidate must not be glued to other letters or digits,
    // otherwise any 15-digit slice of a longer number would be tried.
    private static final Pattern NIR_CANDIDATE =
            Pattern.compile("(?<![\\p{L}\\p{N}])[1-478](?:[ .]?[0-9AaBb]){14}(?![\\p{L}\\p{N}])");

    // Where an IBAN may begin: a country code and check digits at the start of a word.
    private static final Pattern IBAN_START =
            Pattern.compile("(?<![\\p{L}\\p{N}])[A-Za-z]{2}[0-9]{2}");

    private static final Pattern FORMAT_CHARACTERS = Pattern.compile("\\p{Cf}+");

    public SensitiveDataDetector() {}

    /** Scans {@code text}; {@code null} is treated as an empty text. */
    public SensitiveDataReport scan(String text) {
        if (text == null || text.isEmpty()) {
            return SensitiveDataReport.none();
        }
        String comparable = comparable(text);
        return new SensitiveDataReport(
                containsNir(comparable),
                containsIban(comparable),
                MedicalVocabulary.findIn(comparable));
    }

    // Zero-width characters could split a number so it escapes the patterns, and full-width
    // digits or no-break spaces would not match them; compatibility normalization undoes both.
    private static String comparable(String text) {
        String visible = FORMAT_CHARACTERS.matcher(text).replaceAll("");
        return Normalizer.normalize(visible, Normalizer.Form.NFKC);
    }

    private static boolean containsNir(String text) {
        Matcher candidate = NIR_CANDIDATE.matcher(text);
        int from = 0;
        // Candidates may overlap, e.g. when a longer spaced sequence of digits precedes the NIR,
        // so each start position is tried rather than resuming after a rejected candidate.
        while (from < text.length() && candidate.find(from)) {
            if (Nir.isValid(candidate.group())) {
                return true;
            }
            from = candidate.start() + 1;
        }
        return false;
    }

    private static boolean containsIban(String text) {
        Matcher start = IBAN_START.matcher(text);
        while (start.find()) {
            if (ibanStartsAt(text, start.start())) {
                return true;
            }
        }
        return false;
    }

    // The printed form splits an IBAN into groups of four separated by single spaces, and the last
    // group is shorter. The text that follows may be another word, so every group end is tried
    // as the possible end of the IBAN.
    private static boolean ibanStartsAt(String text, int start) {
        StringBuilder compact = new StringBuilder(Iban.MAX_LENGTH);
        int i = start;
        while (i < text.length() && compact.length() < Iban.MAX_LENGTH) {
            char c = text.charAt(i);
            if (isAsciiLetterOrDigit(c)) {
                compact.append(c);
                i++;
                if (endsWord(text, i)
                        && compact.length() >= Iban.MIN_LENGTH
                        && Iban.isValid(compact.toString())) {
                    return true;
                }
            } else if (c == ' '
                    && i + 1 < text.length()
                    && isAsciiLetterOrDigit(text.charAt(i + 1))) {
                i++;
            } else {
                return false;
            }
        }
        return false;
    }

    private static boolean endsWord(String text, int index) {
        return index == text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
