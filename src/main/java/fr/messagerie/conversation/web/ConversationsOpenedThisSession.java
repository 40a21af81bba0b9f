package fr.messagerie.conversation.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * The references of the conversations this session has opened, so that the audit trail records a
 * citizen's first reading of a thread in a session, not every refresh of it. A handful of short
 * strings per session.
 */
@SessionScoped
public class ConversationsOpenedThisSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<String> references = new HashSet<>();

    /** Whether this session had not opened it yet; from now on it has. */
    public synchronized boolean firstOpening(String reference) {
        return references.add(reference);
    }

    /** The opening did not happen after all (refused, or its transaction rolled back). */
    public synchronized void forget(String reference) {
        references.remove(reference);
    }
}
