/**
 * The web edge of security: the sign-in mechanism declaration, the sign-in form and sign-out, and
 * the filters every response goes through (Content-Security-Policy and the other browser headers,
 * the absolute session lifetime), plus the endpoint that receives CSP violation reports.
 */
package fr.messagerie.security.web;
