package fr.messagerie.conversation.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Identifies one attempt to send a message, so that a double click, a browser retry or a replayed
 * form stores the message once. The form receives a token when it is displayed and sends it back;
 * the server keeps the tokens it has already honoured.
 *
 * @param value a UUID in canonical, lower-case form
 */
public record SubmissionToken(String value) {

    // UUID.fromString also accepts shortened forms such as "1-2-3-4-5"; the canonical form is
    // required so that one token has exactly one spelling when it is compared or stored.
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public SubmissionToken {
        Objects.requireNonNull(value, "value");
        if (!CANONICAL_UUID.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a submission token");
        }
    }

    /** A fresh token; random UUIDs come from a cryptographically strong generator. */
    public static SubmissionToken newToken() {
        return new SubmissionToken(UUID.randomUUID().toString());
    }

    /**
     * Reads a token sent back by a form.
     *
     * @throws IllegalArgumentException if the text is not a UUID in canonical form
     */
    public static SubmissionToken parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Not a submission token");
        }
        return new SubmissionToken(text.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
