package fr.messagerie.document.domain;

import java.util.Objects;

/**
 * A file as the browser sent it: its name (cleaned) and its declared size. The content is read only
 * when the size is within the limit, so an oversized file is never loaded in memory.
 */
public record CandidateFile(String fileName, long declaredSize) {

    static final int MAX_NAME_LENGTH = 255;

    public CandidateFile {
        Objects.requireNonNull(fileName, "fileName");
    }

    /**
     * Keeps the last path segment (some browsers send a full path), drops control characters and
     * characters that would break a Content-Disposition header, and limits the length.
     */
    public static String cleanName(String submitted) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.length() <= MAX_NAME_LENGTH
                ? name
                : name.substring(name.length() - MAX_NAME_LENGTH);
    }
}
