/**
 * The appointment feature's API: a citizen's requests (ask, list, cancel) and the routed team's
 * handling (list, confirm a slot, decline); each step enqueues its mail in the same transaction.
 */
package fr.messagerie.appointment.application;
