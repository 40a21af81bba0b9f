package fr.messagerie.security.domain;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link SensitiveDataDetector} found in a text. It says whether a NIR or an IBAN is present
 * but never which one, so the report itself can be logged or shown without spreading the data.
 *
 * @param nir whether the text contains a social-security number with a valid key
 * @param iban whether the text contains an IBAN with valid check digits
 * @param medicalTerms the medical vocabulary entries found, in order of first appearance
 */
public record SensitiveDataReport(boolean nir, boolean iban, Set<String> medicalTerms) {

    public SensitiveDataReport {
        Objects.requireNonNull(medicalTerms, "medicalTerms");
        medicalTerms.forEach(term -> Objects.requireNonNull(term, "medical term"));
        medicalTerms = Collections.unmodifiableSet(new LinkedHashSet<>(medicalTerms));
    }

    /** A report of a text in which nothing sensitive was found. */
    public static SensitiveDataReport none() {
        return new SensitiveDataReport(false, false, Set.of());
    }

    /** Whether nothing sensitive was found. */
    public boolean isEmpty() {
        return !nir && !iban && medicalTerms.isEmpty();
    }
}
