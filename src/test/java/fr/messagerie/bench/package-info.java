/**
 * Benchmark harnesses: runnable programs that print figures rather than assert, outside the test
 * suite (they judge nothing by time inside it). Each class documents its command.
 */
package fr.messagerie.bench;
