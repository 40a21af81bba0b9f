/**
 * Who may do what: sign-in (a form on the same Jakarta Security code path as the identity
 * provider), the accounts and their roles, and the checks every page and service makes on the
 * server.
 */
package fr.messagerie.security;
