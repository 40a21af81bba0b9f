package fr.messagerie.document.application;

import fr.messagerie.conversation.infrastructure.ConversationRepository;
import fr.messagerie.document.domain.DocumentBatch;
import fr.messagerie.document.infrastructure.DocumentRepository;
import fr.messagerie.referential.application.ReferentialCatalog;
import fr.messagerie.security.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Receipts as the citizen reads them (their own only: another citizen's reference answers like an
 * unknown one) and as the agents of the routed team list them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DocumentReceipts {

    static final int LIST_LIMIT = 200;

    @Inject private DocumentRepository documents;
    @Inject private ConversationRepository conversations;
    @Inject private ReferentialCatalog referential;
    @Inject private AgentTeams teams;
    @Inject private Clock clock;

    public DocumentReceipt ofCitizen(Account citizen, String reference, Locale locale) {
        return documents
                .findByReference(
                        reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT))
                .filter(batch -> batch.belongsTo(citizen.getId()))
                .map(batch -> describe(batch, locale))
                .orElseThrow(DocumentNotFoundException::new);
    }

    public List<DocumentReceipt> sentBy(Account citizen, Locale locale) {
        return documents.ofCitizen(citizen.getId(), LIST_LIMIT, clock.instant()).stream()
                .map(batch -> describe(batch, locale))
                .toList();
    }

    public List<DocumentReceipt> visibleTo(Account staff, Locale locale) {
        return documents.ofTeams(teams.restrictionFor(staff).orElse(null), LIST_LIMIT).stream()
                .map(batch -> describe(batch, locale))
                .toList();
    }

    public DocumentReceipt describe(DocumentBatch batch, Locale locale) {
        String motif =
                batch.motifId()
                        .flatMap(referential::motif)
                        .map(m -> m.getLabel().in(locale))
                        .orElse("");
        String conversation =
                batch.conversationId()
                        .flatMap(conversations::findById)
                        .map(c -> c.getReference())
                        .orElse("");
        return new DocumentReceipt(
                batch.getReference(),
                batch.getCreatedAt(),
                motif,
                conversation,
                batch.comment().orElse(""),
                batch.getFiles().stream()
                        .map(
                                f ->
                                        new ReceiptLine(
                                                f.getId(),
                                                f.getFileName(),
                                                f.getSizeBytes(),
                                                f.getSha256(),
                                                f.getScanStatus()))
                        .toList());
    }
}
