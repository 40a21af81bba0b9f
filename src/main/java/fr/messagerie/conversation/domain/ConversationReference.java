package fr.messagerie.conversation.domain;

import java.time.Year;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The reference a citizen quotes to talk about a conversation, e.g. {@code MSG-2025-7K3QF9ZD}.
 *
 * <p>The random part uses Crockford's base32 alphabet, which leaves out I, L, O and U so that a
 * reference read aloud on the phone or copied by hand cannot be mistaken for another. Its 40 random
 * bits make references unguessable only if callers pass a {@link java.security.SecureRandom}.
 *
 * @param value the reference in its canonical, upper-case form
 */
public record ConversationReference(String value) {

    /** Crockford's base32 digits, in value order. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    static final int RANDOM_LENGTH = 8;

    private static final String PREFIX = "MSG-";

    private static final Pattern FORMAT =
            Pattern.compile("MSG-\\d{4}-[0-9A-HJKMNP-TV-Z]{" + RANDOM_LENGTH + "}");

    public ConversationReference {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a conversation reference");
        }
    }

    /**
     * Draws a new reference for a conversation opened in {@code year}.
     *
     * @throws IllegalArgumentException if the year does not have exactly four digits
     */
    public static ConversationReference generate(Year year, RandomGenerator random) {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(random, "random");
        if (year.getValue() < 1000 || year.getValue() > 9999) {
            throw new IllegalArgumentException("Year must have four digits: " + year);
        }
        StringBuilder reference = new StringBuilder(PREFIX).append(year.getValue()).append('-');
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ConversationReference(reference.toString());
    }

    /**
     * Reads a reference typed or pasted by a person: surrounding spaces and lower case are
     * forgiven, anything else is refused rather than guessed.
     *
     * @throws IllegalArgumentException if the text is not a reference
     */
    public static ConversationReference parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Not a conversation reference");
        }
        return new ConversationReference(text.strip().toUpperCase(Locale.ROOT));
    }

    /** The year the conversation was opened, as written in the reference. */
    public Year year() {
        return Year.of(Integer.parseInt(value.substring(PREFIX.length(), PREFIX.length() + 4)));
    }

    @Override
    public String toString() {
        return value;
    }
}
