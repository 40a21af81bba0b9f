/**
 * The back office's services for agents, team leads and administrators: who may see which
 * conversation ({@code AgentAccess}, asked by every query and action), the team inboxes, the
 * conversation page's read model, the actions that change a conversation and write its history, the
 * dashboard's statistics, the expected answer delay shown to citizens, and the deadline digest sent
 * to team leads.
 */
package fr.messagerie.backoffice.application;
