package fr.messagerie.security.web;

import fr.messagerie.platform.web.UserMessages;
import fr.messagerie.security.application.SignInThrottle;
import fr.messagerie.security.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;

/**
 * The sign-in form: hands the credentials to Jakarta Security and reports a failure plainly. On
 * success the session gets a new id (no session fixation: an id planted before sign-in is worth
 * nothing after it) and remembers when the person signed in, for the absolute session lifetime.
 */
@Named
@RequestScoped
public class SignInBacking {

    @Inject private SecurityContext securityContext;
    @Inject private FacesContext faces;
    @Inject private UserMessages messages;
    @Inject private SignInThrottle throttle;
    @Inject private Clock clock;

    @NotBlank
    @Size(max = 100)
    private String login;

    @NotBlank
    @Size(max = 200)
    private String password;

    public void signIn() {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status =
                securityContext.authenticate(
                        (HttpServletRequest) external.getRequest(),
                        (HttpServletResponse) external.getResponse(),
                        AuthenticationParameters.withParams()
                                .newAuthentication(true)
                                .credential(
                                        new UsernamePasswordCredential(
                                                login, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                startSignedInSession((HttpServletRequest) external.getRequest());
                redirectToHome(external);
            }
            default -> {
                password = null;
                messages.error(throttle.isBlocked(login) ? "signIn.throttled" : "signIn.failed");
            }
        }
    }

    private void startSignedInSession(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        SessionLifetimeFilter.markSignedIn(session, clock.instant());
    }

    private void redirectToHome(ExternalContext external) {
        try {
            boolean staff =
                    securityContext.isCallerInRole(Role.AGENT)
                            || securityContext.isCallerInRole(Role.ADMIN);
            external.redirect(
                    external.getRequestContextPath()
                            + (staff ? "/agent/index.xhtml" : "/espace/index.xhtml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
