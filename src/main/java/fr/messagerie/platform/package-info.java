/**
 * The platform the features stand on: configuration read from the environment, resources the
 * application declares (data source, JMS queue, mail session), database migrations, health checks,
 * error pages and the run mode (demo data, captured mail and SMS).
 */
package fr.messagerie.platform;
