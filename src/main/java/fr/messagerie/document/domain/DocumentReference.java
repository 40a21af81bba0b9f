package fr.messagerie.document.domain;

import java.time.Year;
import java.util.random.RandomGenerator;

/**
 * The reference printed on a receipt, e.g. {@code DOC-2026-7K3QF9ZD}: Crockford's base32 (no I, L,
 * O, U) so that it can be read on the phone; unguessable when drawn from a SecureRandom.
 */
public final class DocumentReference {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private DocumentReference() {}

    public static String generate(Year year, RandomGenerator random) {
        StringBuilder reference = new StringBuilder("DOC").append('-').append(year).append('-');
        for (int i = 0; i < 8; i++) {
            reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }
}
