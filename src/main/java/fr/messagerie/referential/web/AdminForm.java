package fr.messagerie.referential.web;

import fr.messagerie.platform.web.UserMessages;
import fr.messagerie.referential.application.InvalidReferentialEntryException;
import fr.messagerie.referential.domain.LocalizedLabel;
import fr.messagerie.referential.domain.ReferentialProblem;
import fr.messagerie.security.application.CurrentAccount;
import fr.messagerie.security.domain.Account;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Locale;

/**
 * What every admin screen's view bean shares: a list and one form that creates an entry or edits
 * the one chosen, the service's refusals shown next to their fields with a summary at the top, and
 * numbers read as text (so a typo gets the rule's own French message rather than a converter's).
 * Subclasses hold the fields of their form and call their service; they decide nothing.
 */
public abstract class AdminForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CurrentAccount currentAccount;
    @Inject private UserMessages messages;

    private Long editingId;

    /** The id of the form whose fields the problems name, e.g. "themeForm". */
    protected abstract String formId();

    /** The key of the page-wide message that says the entry was not saved. */
    protected abstract String errorSummaryKey();

    /** Empties the form's fields. */
    protected abstract void clearFields();

    /** Forgets the cached list, so the next render reloads it. */
    protected abstract void forgetRows();

    public boolean isEditing() {
        return editingId != null;
    }

    public Long getEditingId() {
        return editingId;
    }

    protected void startEditing(long id) {
        clearFields();
        forgetRows();
        editingId = id;
    }

    public void cancel() {
        editingId = null;
        clearFields();
        forgetRows();
    }

    /**
     * Runs a create or an update: on success says so and empties the form; on a refusal keeps what
     * was typed and shows each problem next to its field.
     */
    protected void submit(Runnable change, String doneKey, Object... arguments) {
        try {
            change.run();
            messages.info(doneKey, arguments);
            cancel();
        } catch (InvalidReferentialEntryException e) {
            for (ReferentialProblem problem : e.problems()) {
                messages.errorOn(formId() + ":" + problem.field(), problem.messageKey());
            }
            messages.error(errorSummaryKey());
        }
    }

    /**
     * Runs a row action (deactivate, reactivate, remove...): the form is left as it is, the list is
     * reloaded, and a refusal is shown at the top of the page since it concerns no field.
     */
    protected void act(Runnable change, String doneKey, Object... arguments) {
        try {
            change.run();
            messages.info(doneKey, arguments);
        } catch (InvalidReferentialEntryException e) {
            e.problems().forEach(problem -> messages.error(problem.messageKey()));
        }
        forgetRows();
    }

    protected Account actor() {
        return currentAccount.get();
    }

    protected UserMessages messages() {
        return messages;
    }

    public String label(LocalizedLabel label) {
        return label.in(locale());
    }

    protected static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** The whole number typed, or null when it is empty or not a number (the rules say why). */
    protected static Integer number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
