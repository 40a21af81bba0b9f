/** Storage the back office reads directly: team membership (who leads which team). */
package fr.messagerie.backoffice.infrastructure;
