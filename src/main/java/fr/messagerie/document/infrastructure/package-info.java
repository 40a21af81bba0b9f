/**
 * Where documents are kept and scanned: the JPA repository of batches and files, and the client of
 * ClamAV's clamd daemon (INSTREAM over TCP), which needs no native library on the server.
 */
package fr.messagerie.document.infrastructure;
