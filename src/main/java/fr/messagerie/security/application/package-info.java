/** What other features ask the security feature: who is signed in, as which account. */
package fr.messagerie.security.application;
