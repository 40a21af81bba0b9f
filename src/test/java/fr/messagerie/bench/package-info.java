/**
 * Benchmark harnesses: runnable programs that drive the real application on a Payara domain of
 * their own and print figures. Not tests: they judge nothing by time inside the suite.
 */
package fr.messagerie.bench;
