package fr.messagerie.conversation.application;

import fr.messagerie.security.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

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
}
