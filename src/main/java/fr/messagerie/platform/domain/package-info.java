/**
 * Plain rules every feature shares and no framework touches: how the service's languages write
 * dates. Unit tests reach them without a server.
 */
package fr.messagerie.platform.domain;
