package fr.messagerie.document.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The contents the institution accepts, each recognised by its signature (magic bytes): a name
 * ending in ".pdf" proves nothing, the first bytes do.
 */
public enum AcceptedType {
    PDF("application/pdf", Set.of("pdf"), new int[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", Set.of("jpg", "jpeg"), new int[] {0xFF, 0xD8, 0xFF}),
    PNG("image/png", Set.of("png"), new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String mediaType;
    private final Set<String> extensions;
    private final int[] signature;

    AcceptedType(String mediaType, Set<String> extensions, int[] signature) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The accepted type whose signature starts the content, if any. */
    public static Optional<AcceptedType> recognise(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.startsOf(content)).findFirst();
    }

    public boolean matchesExtensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0
                && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** For the page's {@code accept} attribute: a hint to the browser, never a check. */
    public static String acceptAttribute() {
        return ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";
    }

    private boolean startsOf(byte[] content) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
