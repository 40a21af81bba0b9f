package fr.messagerie.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The CSP nonce for a plain form's hidden field. In CSP mode PrimeFaces keeps each view's nonce and
 * refuses a postback that does not send it back ("CSP nonce mismatch", an error page instead of the
 * page's own message); its script adds the field to forms when it submits them. A page that draws
 * no PrimeFaces component loads no PrimeFaces script, so its forms carry the field themselves
 * ({@code /WEB-INF/includes/csp-nonce-field.xhtml}), and work without script at all.
 */
@Named("cspNonce")
@RequestScoped
public class CspNonceField {

    public String getValue() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}
