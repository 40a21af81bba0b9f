package fr.messagerie.document.application;

import fr.messagerie.conversation.application.ConversationNotFoundException;
import fr.messagerie.conversation.domain.Conversation;
import fr.messagerie.conversation.infrastructure.ConversationRepository;
import fr.messagerie.document.domain.AcceptedType;
import fr.messagerie.document.domain.CandidateFile;
import fr.messagerie.document.domain.DocumentBatch;
import fr.messagerie.document.domain.DocumentReference;
import fr.messagerie.document.domain.FileRefusal;
import fr.messagerie.document.domain.RefusalReason;
import fr.messagerie.document.domain.ScanStatus;
import fr.messagerie.document.domain.UploadPolicy;
import fr.messagerie.document.infrastructure.DocumentRepository;
import fr.messagerie.notification.application.NotificationOutbox;
import fr.messagerie.notification.domain.NotificationKind;
import fr.messagerie.referential.application.ReferentialCatalog;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.security.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Receives an upload. Every file is checked (size first, then content, then antivirus) before
 * anything is written; if one is refused, none is stored and the citizen learns which and why. The
 * accepted batch, its bytes and the receipt notification commit in one transaction.
 */
@ApplicationScoped
public class DocumentUploads {

    private static final Logger LOG = Logger.getLogger(DocumentUploads.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject private DocumentSettings settings;
    @Inject private DocumentAntivirus antivirus;
    @Inject private DocumentRepository documents;
    @Inject private DocumentReceipts receipts;
    @Inject private ConversationRepository conversations;
    @Inject private ReferentialCatalog referential;
    @Inject private NotificationOutbox outbox;
    @Inject private Clock clock;

    @Transactional
    public DocumentReceipt upload(Account citizen, UploadRequest request, Locale locale) {
        Optional<Conversation> conversation = ownedOpenConversation(citizen, request);
        Optional<Motif> motif = selectableMotif(citizen, request);
        List<CheckedFile> accepted = check(request.files());
        Instant now = clock.instant();
        Long teamId =
                conversation
                        .map(Conversation::getTeamId)
                        .orElse(motif.map(m -> m.getTeam().getId()).orElse(null));
        DocumentBatch batch =
                new DocumentBatch(
                        newReference(),
                        citizen.getId(),
                        motif.map(Motif::getId).orElse(null),
                        conversation.map(Conversation::getId).orElse(null),
                        teamId,
                        request.comment(),
                        now);
        accepted.forEach(file -> batch.add(file.name(), file.type(), file.content(), file.scan()));
        documents.add(batch);
        outbox.enqueue(
                NotificationKind.DOCUMENT_RECEIPT,
                citizen,
                batch.conversationId().orElse(null),
                batch.getReference());
        LOG.info(
                () ->
                        "Document batch "
                                + batch.getReference()
                                + " received with "
                                + accepted.size()
                                + " file(s)");
        return receipts.describe(batch, locale);
    }

    private List<CheckedFile> check(List<IncomingFile> files) {
        if (files == null || files.isEmpty()) {
            throw new NoFileException();
        }
        UploadPolicy policy = settings.policy();
        List<CandidateFile> candidates =
                files.stream()
                        .map(
                                f ->
                                        new CandidateFile(
                                                CandidateFile.cleanName(f.submittedName()),
                                                f.size()))
                        .toList();
        List<FileRefusal> refusals = new ArrayList<>(policy.checkCount(candidates));
        List<CheckedFile> accepted = new ArrayList<>();
        for (int i = 0; i < Math.min(files.size(), policy.maxFiles()); i++) {
            CandidateFile candidate = candidates.get(i);
            Optional<RefusalReason> refusal = policy.checkSize(candidate);
            byte[] content = new byte[0];
            if (refusal.isEmpty()) {
                content = read(files.get(i), policy.maxFileBytes());
                refusal = policy.checkContent(candidate.fileName(), content);
            }
            ScanStatus scan = ScanStatus.NOT_SCANNED;
            if (refusal.isEmpty()) {
                scan = antivirus.scan(content);
                if (!scan.mayBeOpenedByAgents()) {
                    refusal = Optional.of(RefusalReason.INFECTED);
                }
            }
            if (refusal.isPresent()) {
                refusals.add(new FileRefusal(candidate.fileName(), refusal.get()));
            } else {
                accepted.add(
                        new CheckedFile(
                                candidate.fileName(),
                                AcceptedType.recognise(content).orElseThrow(),
                                content,
                                scan));
            }
        }
        if (!refusals.isEmpty()) {
            LOG.info(() -> "Upload refused: " + refusals.size() + " file(s) refused");
            throw new UploadRefusedException(refusals);
        }
        return accepted;
    }

    /** Reads at most one byte past the limit: a size the browser lied about is still caught. */
    private static byte[] read(IncomingFile file, long limit) {
        try (InputStream in = file.source().open()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Conversation> ownedOpenConversation(Account citizen, UploadRequest request) {
        String reference = request.conversationReference();
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(
                conversations
                        .findByReference(reference.strip().toUpperCase(Locale.ROOT))
                        .filter(c -> c.belongsTo(citizen.getId()))
                        .filter(c -> c.getStatus().acceptsCitizenMessages())
                        .orElseThrow(ConversationNotFoundException::new));
    }

    private Optional<Motif> selectableMotif(Account citizen, UploadRequest request) {
        if (request.motifId() == null) {
            return Optional.empty();
        }
        return Optional.of(
                referential
                        .selectableMotif(citizen.getAudience(), request.motifId())
                        .orElseThrow(UnknownMotifException::new));
    }

    private String newReference() {
        String reference;
        do {
            reference = DocumentReference.generate(Year.now(clock), RANDOM);
        } while (documents.referenceExists(reference));
        return reference;
    }

    private record CheckedFile(String name, AcceptedType type, byte[] content, ScanStatus scan) {}

    /** The citizen chose no file. */
    public static class NoFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** The motif is not one the citizen may choose. */
    public static class UnknownMotifException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
