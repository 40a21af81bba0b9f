/**
 * Appointment pages for citizens (ask, follow, cancel) and agents (list, confirm a slot, decline):
 * thin beans over the application service.
 */
package fr.messagerie.appointment.web;
