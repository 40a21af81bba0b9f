/**
 * The sign-in mechanism declaration, the sign-in form and sign-out: thin, everything else is the
 * container's.
 */
package fr.messagerie.security.web;
