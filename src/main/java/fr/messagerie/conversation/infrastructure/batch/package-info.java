/**
 * The conversation feature's batch jobs (Jakarta Batch, job XML in {@code META-INF/batch-jobs}):
 * retention (warn, then anonymise closed conversations) and the automatic closing of conversations
 * left waiting for the citizen. Readers checkpoint the last id they handed out and re-read from the
 * database on restart; writers change rows only under a condition that a second pass would no
 * longer meet, so a restarted job never handles an item twice.
 */
package fr.messagerie.conversation.infrastructure.batch;
