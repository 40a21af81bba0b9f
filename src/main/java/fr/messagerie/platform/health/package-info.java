/**
 * MicroProfile Health checks: readiness (database and JMS broker reachable) tells a load balancer
 * or an orchestrator when to send traffic; liveness tells it when to restart the process.
 */
package fr.messagerie.platform.health;
