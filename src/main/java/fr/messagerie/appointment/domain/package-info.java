/**
 * The appointment workflow as a plain-Java state machine (requested, then confirmed, declined or
 * cancelled), the half-days a citizen may choose and the phone numbers accepted.
 */
package fr.messagerie.appointment.domain;
