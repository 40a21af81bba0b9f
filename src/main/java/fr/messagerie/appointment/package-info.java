/**
 * Appointment requests: the citizen asks (motif, channel, the half-days that suit them, a phone
 * number), an agent of the routed team confirms a slot or declines with a reason, the citizen may
 * cancel; every step is mailed through the notification outbox.
 */
package fr.messagerie.appointment;
