package fr.messagerie.conversation.application;

import fr.messagerie.conversation.domain.SubmissionToken;
import fr.messagerie.security.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.Optional;

/**
 * Sending a new request, idempotent per wizard run: a double click, a refresh, back-then-resubmit
 * or two tabs of the same flow carry the same token, and all get the first conversation. Two
 * submits racing each other are settled by the unique token column; the loser finds the winner's
 * conversation.
 */
@ApplicationScoped
public class ConversationService {

    @Inject private ConversationSubmitter submitter;

    public SubmissionReceipt submit(Account citizen, SubmitMessage request) {
        try {
            return submitter.submitOnce(citizen, request);
        } catch (PersistenceException | jakarta.transaction.TransactionalException raced) {
            return submitter.findExisting(citizen, request).orElseThrow(() -> raced);
        }
    }

    /**
     * What was sent under this token, if it was: the wizard's confirmation page reads it back
     * instead of keeping a copy of the receipt in the session.
     */
    public Optional<SubmissionReceipt> receiptFor(Account citizen, SubmissionToken token) {
        return submitter.findExisting(citizen, token);
    }
}
