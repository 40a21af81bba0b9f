/**
 * The administrators' referential screens: thin view beans over {@link
 * fr.messagerie.referential.application.ReferentialAdministration}, which holds the role check, the
 * rules and the audit. Nothing here decides what is valid; it only turns the service's problems
 * into messages next to the fields.
 */
package fr.messagerie.referential.web;
