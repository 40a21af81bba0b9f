/**
 * Faces backing beans of the agents' pages (inbox, conversation, dashboard). They hold form state
 * and turn service outcomes into messages or HTTP statuses; decisions stay in the services.
 */
package fr.messagerie.backoffice.web;
