/**
 * The taxonomy citizens choose from (theme, subject, motif per audience), the teams motifs route
 * to, their response-time targets and the online services they propose.
 */
package fr.messagerie.referential;
