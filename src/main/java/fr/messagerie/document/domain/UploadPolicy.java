package fr.messagerie.document.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The limits of one upload and the content checks of each file. A batch is accepted whole or not at
 * all: the citizen sends documents that belong together (a file for a claim), and half of it stored
 * with a receipt would look complete when it is not.
 *
 * @param maxFileBytes the largest accepted file
 * @param maxFiles the most files in one upload
 */
public record UploadPolicy(long maxFileBytes, int maxFiles) {

    public UploadPolicy {
        if (maxFileBytes <= 0 || maxFiles <= 0) {
            throw new IllegalArgumentException("Limits must be positive");
        }
    }

    /** The checks that need only the size (done before any byte is read). */
    public Optional<RefusalReason> checkSize(CandidateFile file) {
        if (file.declaredSize() <= 0) {
            return Optional.of(RefusalReason.EMPTY);
        }
        if (file.declaredSize() > maxFileBytes) {
            return Optional.of(RefusalReason.TOO_LARGE);
        }
        return Optional.empty();
    }

    /** The content checks: an accepted signature, and a name that says the same type. */
    public Optional<RefusalReason> checkContent(String fileName, byte[] content) {
        if (content.length == 0) {
            return Optional.of(RefusalReason.EMPTY);
        }
        if (content.length > maxFileBytes) {
            return Optional.of(RefusalReason.TOO_LARGE);
        }
        if (ExecutableSignature.isExecutable(content)) {
            return Optional.of(RefusalReason.EXECUTABLE);
        }
        Optional<AcceptedType> type = AcceptedType.recognise(content);
        if (type.isEmpty()) {
            return Optional.of(RefusalReason.UNSUPPORTED_TYPE);
        }
        if (!type.get().matchesExtensionOf(fileName)) {
            return Optional.of(RefusalReason.EXTENSION_MISMATCH);
        }
        return Optional.empty();
    }

    /** The batch-level check, before looking at any file. */
    public List<FileRefusal> checkCount(List<CandidateFile> files) {
        List<FileRefusal> refusals = new ArrayList<>();
        for (int i = maxFiles; i < files.size(); i++) {
            refusals.add(new FileRefusal(files.get(i).fileName(), RefusalReason.TOO_MANY_FILES));
        }
        return refusals;
    }
}
