/**
 * What every page shares: the language of the page and how a person switches it, without creating a
 * server session for anonymous visitors.
 */
package fr.messagerie.platform.web;
