/**
 * Where the referential (themes, subjects, motifs, teams, online services) meets the database. The
 * referential itself is seeded by Flyway migrations rather than by code, so that the embedded run
 * mode on H2 and production on PostgreSQL start from the very same rows, and an administrator's
 * later changes are plain updates on top of them instead of being overwritten at each start.
 */
package fr.messagerie.referential.infrastructure;
