/**
 * Benchmarks run by hand, outside the test suite: they print figures on a seeded PostgreSQL
 * database rather than asserting, because timings depend on the machine.
 */
package fr.messagerie.backoffice.bench;
