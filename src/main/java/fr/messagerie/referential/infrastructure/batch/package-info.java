/**
 * The referential import job. A batchlet rather than a chunk: the file must be validated as a whole
 * and applied in a single transaction, which chunk commits would split.
 */
package fr.messagerie.referential.infrastructure.batch;
