/**
 * Documents a citizen sends to the institution: several files per upload, each checked by its
 * content, scanned by an antivirus when one is configured, stored with its SHA-256 in the database,
 * acknowledged by a receipt, and opened only by its owner and the agents of the routed team.
 */
package fr.messagerie.document;
