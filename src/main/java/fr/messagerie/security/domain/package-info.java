/**
 * Accounts and roles (who signs in, with which profile, allowed to do what), and the plain rules
 * that recognise sensitive data in what citizens type: social-security numbers and IBANs by their
 * check keys, and medical vocabulary.
 */
package fr.messagerie.security.domain;
