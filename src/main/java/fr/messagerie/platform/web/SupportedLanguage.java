package fr.messagerie.platform.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of the service: French first (the reference), English second. */
public enum SupportedLanguage {
    FRENCH(Locale.FRENCH),
    ENGLISH(Locale.ENGLISH);

    private final Locale locale;

    SupportedLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    public static Optional<SupportedLanguage> fromCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code().equals(code)).findFirst();
    }
}
