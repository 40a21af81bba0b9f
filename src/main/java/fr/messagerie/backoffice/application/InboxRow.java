package fr.messagerie.backoffice.application;

import fr.messagerie.backoffice.domain.SlaClock;
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the inbox, labels already joined in (no lazy loading per row). Serializable: the
 * inbox's lazy table keeps the page it shows in the session.
 *
 * @param sla the deadline clock; null once the conversation was answered or closed
 */
public record InboxRow(
        long id,
        String reference,
        String status,
        Instant createdAt,
        Instant dueAt,
        String citizenName,
        String themeLabel,
        String subjectLabel,
        String motifLabel,
        String teamLabel,
        String assigneeName,
        SlaClock sla)
        implements Serializable {}
