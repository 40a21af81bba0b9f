/**
 * The run mode: starts Payara with the WAR on embedded defaults, demo data, and a local capture of
 * the mails and SMS the application sends. Test sources only, so none of it reaches production.
 */
package fr.messagerie.devrun;
