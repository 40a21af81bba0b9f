package fr.messagerie.security.web;

import fr.messagerie.security.domain.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in through our own form page (Jakarta Security), so that the login page follows the
 * service's layout, language and accessibility rules. Which URLs need which role is declared in
 * web.xml; services check again with {@code @RolesAllowed} and ownership checks.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue =
                @LoginToContinue(
                        loginPage = "/connexion.xhtml",
                        errorPage = "",
                        useForwardToLogin = false))
@DeclareRoles({Role.CITIZEN, Role.AGENT, Role.TEAM_LEAD, Role.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {}
