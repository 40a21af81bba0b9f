package fr.messagerie.document.domain;

/**
 * Recognises programs by their first bytes (Windows PE "MZ", ELF, Mach-O, shell scripts), so that a
 * renamed executable is refused with a message that says what it is rather than "wrong type".
 */
final class ExecutableSignature {

    private ExecutableSignature() {}

    static boolean isExecutable(byte[] content) {
        return startsWith(content, 'M', 'Z')
                || startsWith(content, 0x7F, 'E', 'L', 'F')
                || startsWith(content, 0xCF, 0xFA, 0xED, 0xFE)
                || startsWith(content, 0xFE, 0xED, 0xFA, 0xCF)
                || startsWith(content, 0xCA, 0xFE, 0xBA, 0xBE)
                || startsWith(content, '#', '!');
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
