/**
 * Demo data for the run mode and the tests: accounts of every kind with a published password.
 * Switched on by MESSAGERIE_DEMO_DATA=true only; a production start loads nothing from here.
 */
package fr.messagerie.platform.demo;
