package fr.messagerie.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The one way backing beans talk to the person: a message from the UI bundle, in the page's
 * language, attached to the page or to one field.
 */
@RequestScoped
public class UserMessages {

    static final String BUNDLE = "fr.messagerie.i18n.messages";

    @Inject private FacesContext faces;

    public String text(String key, Object... arguments) {
        String pattern =
                ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale()).getString(key);
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }

    public void error(String key, Object... arguments) {
        errorOn(null, key, arguments);
    }

    public void errorOn(String clientId, String key, Object... arguments) {
        faces.addMessage(
                clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    public void info(String key, Object... arguments) {
        faces.addMessage(
                null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /** Keeps the messages across the redirect that follows a successful POST. */
    public void keepForNextPage() {
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
