/**
 * The referential's API for other features: what the wizard may offer to an audience, and what a
 * motif decides (team, target response time, online service).
 */
package fr.messagerie.referential.application;
