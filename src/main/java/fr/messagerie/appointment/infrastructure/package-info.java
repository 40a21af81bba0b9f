/** Appointment requests in the database (JPA). */
package fr.messagerie.appointment.infrastructure;
