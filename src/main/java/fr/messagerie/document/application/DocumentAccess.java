package fr.messagerie.document.application;

import fr.messagerie.document.domain.DocumentFile;
import fr.messagerie.document.infrastructure.DocumentRepository;
import fr.messagerie.security.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Who may open a file: its owner; the agents of the team the upload was routed to (admins too), and
 * only when the antivirus did not find a threat. Any refusal answers "not found", so nobody learns
 * that someone else's file exists.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DocumentAccess {

    private static final Logger LOG = Logger.getLogger(DocumentAccess.class.getName());

    @Inject private DocumentRepository documents;
    @Inject private AgentTeams teams;

    public Download forCitizen(Account citizen, long fileId) {
        DocumentFile file =
                documents
                        .findFile(fileId)
                        .filter(f -> f.getBatch().belongsTo(citizen.getId()))
                        .orElseThrow(DocumentNotFoundException::new);
        return download(file);
    }

    public Download forStaff(Account staff, long fileId) {
        DocumentFile file =
                documents
                        .findFile(fileId)
                        .filter(f -> f.getScanStatus().mayBeOpenedByAgents())
                        .filter(f -> teams.mayHandle(staff, f.getBatch().teamId().orElse(null)))
                        .orElseThrow(DocumentNotFoundException::new);
        LOG.info(() -> "Document file " + fileId + " opened by staff account " + staff.getId());
        return download(file);
    }

    private Download download(DocumentFile file) {
        byte[] content =
                documents.contentOf(file.getId()).orElseThrow(DocumentNotFoundException::new);
        return new Download(file.getFileName(), file.getMediaType(), content);
    }
}
