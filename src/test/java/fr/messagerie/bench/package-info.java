/**
 * Benchmarks run by hand, outside the test suite (they need a local PostgreSQL and print figures
 * rather than assert). Each class documents its command.
 */
package fr.messagerie.bench;
