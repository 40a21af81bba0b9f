/** Accounts and roles: who signs in, with which profile, allowed to do what. */
package fr.messagerie.security.domain;
