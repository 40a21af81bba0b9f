/**
 * The back office's batch jobs: the daily SLA reminders (automatic closing of conversations left
 * waiting for the citizen, then the team leads' digest) and the monthly statistics export.
 */
package fr.messagerie.backoffice.infrastructure.batch;
