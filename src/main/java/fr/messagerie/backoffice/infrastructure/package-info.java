/**
 * What the back office reads directly: the team inboxes' SQL, run natively so that filtering,
 * sorting and paging happen in the database with the labels joined in (and PostgreSQL's French
 * full-text search where available; H2 falls back to substring matching), and team membership (who
 * leads which team).
 */
package fr.messagerie.backoffice.infrastructure;
