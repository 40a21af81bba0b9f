/**
 * What every batch job shares: reading job parameters, the cluster-wide lock that lets only one
 * server instance start a job, and the container schedule that starts them.
 */
package fr.messagerie.platform.batch;
