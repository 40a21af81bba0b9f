package fr.messagerie.conversation.domain;

import java.text.Normalizer;
import java.util.Objects;

/**
 * The body of a message written by a citizen or an agent, normalized so that what the reader sees
 * is what was stored and so that limits are counted the way a person counts characters.
 */
public final class MessageText {

    /** Shortest accepted body, in code points; shared with the form and the column definitions. */
    public static final int MIN_LENGTH = 10;

    /** Longest accepted body, in code points; shared with the form and the column definitions. */
    public static final int MAX_LENGTH = 750;

    private final String value;

    private MessageText(String value) {
        this.value = value;
    }

    /**
     * Normalizes {@code raw} and accepts it if its length lies within the limits.
     *
     * @throws InvalidMessageTextException if nothing but whitespace and invisible characters
     *     remains, or if the normalized text is too short or too long
     */
    public static MessageText of(String raw) {
        String normalized = normalize(raw);
        int length = codePointLength(normalized);
        if (length == 0) {
            throw new InvalidMessageTextException(InvalidMessageTextException.Reason.EMPTY, 0);
        }
        if (length < MIN_LENGTH) {
            throw new InvalidMessageTextException(
                    InvalidMessageTextException.Reason.TOO_SHORT, length);
        }
        if (length > MAX_LENGTH) {
            throw new InvalidMessageTextException(
                    InvalidMessageTextException.Reason.TOO_LONG, length);
        }
        return new MessageText(normalized);
    }

    /**
     * How many code points may still be typed, for the live counter; negative once over the limit.
     * It normalizes first, so the counter agrees with what {@link #of} will decide.
     */
    public static int remaining(String raw) {
        return MAX_LENGTH - codePointLength(normalize(raw));
    }

    /** The normalized text, as it must be stored and displayed. */
    public String value() {
        return value;
    }

    /** Length in code points, so an emoji made of a surrogate pair counts as one. */
    public int length() {
        return codePointLength(value);
    }

    static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String unifiedLines = unifyLineEndings(raw);
        // Invisible characters go before composing, so that a base letter and an accent split by
        // a zero-width space still end up as the single composed character a reader sees.
        String visible = removeInvisibleCharacters(unifiedLines);
        String composed = Normalizer.normalize(visible, Normalizer.Form.NFC);
        return stripSpaces(composed);
    }

    private static String unifyLineEndings(String text) {
        // NEL and the Unicode separators end lines too; turning them into \n keeps the author's
        // layout instead of gluing two lines together when control characters are removed.
        return text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u0085', '\n')
                .replace('\u2028', '\n')
                .replace('\u2029', '\n');
    }

    private static String removeInvisibleCharacters(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(i + 1));
                i++;
            } else if (isKept(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static boolean isKept(char c) {
        if (c == '\n' || c == '\t') {
            return true;
        }
        // A lone surrogate is not text: it cannot be encoded in UTF-8 and the database refuses it.
        if (Character.isSurrogate(c)) {
            return false;
        }
        return !isControl(c) && !isZeroWidth(c) && !isBidirectionalControl(c);
    }

    private static boolean isControl(char c) {
        return Character.getType(c) == Character.CONTROL;
    }

    // These render as nothing, so they can hide a word from a filter or a reviewer.
    // U+200D (zero-width joiner) is among them: emoji built from several joined emoji therefore
    // fall apart into their parts, an accepted price for not letting joiners through.
    private static boolean isZeroWidth(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }

    // Embedding, override and isolate controls can show text in an order different from the one
    // stored, e.g. to make a link or an amount read differently from what it is.
    private static boolean isBidirectionalControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String stripSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    // String.strip() leaves no-break spaces, so a text padded with them would look shorter than
    // the length it is counted at and could pass the minimum length.
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int codePointLength(String text) {
        return text.codePointCount(0, text.length());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MessageText that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Gives the length only: message bodies are personal data and must not end up in logs. */
    @Override
    public String toString() {
        return "MessageText[" + length() + " code points]";
    }
}
