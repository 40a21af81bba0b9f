/** The notification pages of the administration: failed deliveries and their re-sending. */
package fr.messagerie.notification.web;
