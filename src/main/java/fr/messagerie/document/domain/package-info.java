/**
 * The rules of an upload, in plain Java: which contents are accepted (recognised by their first
 * bytes, not their name), the limits of a batch, the checksum of the receipt, the antivirus status
 * that decides whether agents may open a file, and the entities that keep what was received.
 */
package fr.messagerie.document.domain;
