package fr.messagerie.notification.domain;

import java.text.Normalizer;

/**
 * An SMS body that fits one message: only characters of the GSM 03.38 basic alphabet (others would
 * switch the whole SMS to UCS-2 and cut it to 70 characters), at most 160 of them.
 */
public final class SmsText {

    public static final int MAX_LENGTH = 160;

    // The GSM 03.38 basic character set (without the escape table).
    private static final String GSM_BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private final String value;

    private SmsText(String value) {
        this.value = value;
    }

    public static SmsText of(String text) {
        StringBuilder gsm = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            gsm.append(toGsm(text.charAt(i)));
        }
        String result = gsm.toString();
        if (result.length() > MAX_LENGTH) {
            result = result.substring(0, MAX_LENGTH - 1) + ".";
        }
        return new SmsText(result);
    }

    private static String toGsm(char c) {
        if (GSM_BASIC.indexOf(c) >= 0) {
            return String.valueOf(c);
        }
        switch (c) {
            case '’', '‘' -> {
                return "'";
            }
            case '«', '»', '“', '”' -> {
                return "\"";
            }
            case '\u00a0', '\u202f' -> {
                return " ";
            }
            case '–', '—' -> {
                return "-";
            }
            default -> {
                String stripped =
                        Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
                                .replaceAll("\\p{M}", "");
                return stripped.chars().allMatch(ch -> GSM_BASIC.indexOf(ch) >= 0) ? stripped : "?";
            }
        }
    }

    public String value() {
        return value;
    }

    public int length() {
        return value.length();
    }
}
