/**
 * Flyway's Java migrations, in the package Flyway scans next to the SQL scripts of {@code
 * db/migration}. Only what portable SQL cannot express lives here: statements that must run on
 * PostgreSQL alone, such as full-text indexes, and that are skipped on the embedded H2 database.
 */
package db.migration;
