/**
 * Technical foundations every feature uses: the resources declared by the application (data source,
 * JMS queue, mail session), the schema migrations run at start-up and the JPA converters shared by
 * all entities.
 */
package fr.messagerie.platform.infrastructure;
