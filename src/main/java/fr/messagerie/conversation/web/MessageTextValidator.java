package fr.messagerie.conversation.web;

import fr.messagerie.conversation.domain.InvalidMessageTextException;
import fr.messagerie.conversation.domain.MessageText;
import fr.messagerie.platform.web.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Applies the domain's message rule to a form field: 10 to 750 code points after normalization, the
 * same count the live counter shows and the service enforces. A plain {@code @Size} would count
 * UTF-16 units and refuse a text the counter says fits.
 */
@Named
@RequestScoped
public class MessageTextValidator {

    @Inject private UserMessages messages;

    public void validate(FacesContext faces, UIComponent field, Object value) {
        try {
            MessageText.of(value == null ? null : value.toString());
        } catch (InvalidMessageTextException problem) {
            String text =
                    messages.text(
                            MessageTextProblems.bundleKey(problem.reason()),
                            MessageTextProblems.arguments(problem));
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
    }
}
