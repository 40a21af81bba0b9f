/**
 * What the tests share: the built WAR as deployment, the SMS gateway stub, browser and mail
 * helpers.
 */
package fr.messagerie.testsupport;
