/** Account storage and the identity store that checks passwords with the platform's PBKDF2 hash. */
package fr.messagerie.security.infrastructure;
