/**
 * The document pages and the download servlet: thin beans that hand the request to the application
 * services and turn their refusals into messages from the bundle.
 */
package fr.messagerie.document.web;
