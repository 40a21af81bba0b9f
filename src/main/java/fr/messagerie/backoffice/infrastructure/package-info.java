/**
 * SQL for the team inboxes, run natively so that filtering, sorting and paging happen in the
 * database with the labels joined in, and so that PostgreSQL's French full-text search can be used
 * where available (H2 falls back to substring matching).
 */
package fr.messagerie.backoffice.infrastructure;
