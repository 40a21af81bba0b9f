/**
 * The back office's services: today the deadline digest sent to team leads, built from the
 * conversation feature's workload and the SLA rules of the domain.
 */
package fr.messagerie.backoffice.application;
