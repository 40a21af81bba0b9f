/**
 * The document feature's API: upload a batch (all files accepted or none stored, a receipt mailed
 * through the notification outbox), list and open documents with the owner and team checks, and the
 * antivirus step.
 */
package fr.messagerie.document.application;
