package fr.messagerie.referential.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** A referential label in the two languages of the service; French is the reference. */
@Embeddable
public class LocalizedLabel {

    public static final int MAX_LENGTH = 200;

    @Column(name = "label_fr", nullable = false, length = MAX_LENGTH)
    private String french;

    @Column(name = "label_en", nullable = false, length = MAX_LENGTH)
    private String english;

    protected LocalizedLabel() {}

    public LocalizedLabel(String french, String english) {
        this.french = french;
        this.english = english;
    }

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : french;
    }

    public String french() {
        return french;
    }

    public String english() {
        return english;
    }
}
