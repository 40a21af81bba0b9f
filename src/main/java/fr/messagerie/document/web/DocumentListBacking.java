package fr.messagerie.document.web;

import fr.messagerie.document.application.DocumentNotFoundException;
import fr.messagerie.document.application.DocumentReceipt;
import fr.messagerie.document.application.DocumentReceipts;
import fr.messagerie.security.application.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The citizen's receipts: one by reference, or all of them; agents' lists of their teams' ones. */
@Named
@RequestScoped
public class DocumentListBacking {

    @Inject private DocumentReceipts receipts;
    @Inject private CurrentAccount currentAccount;
    @Inject private FacesContext faces;

    private String reference;
    private DocumentReceipt receipt;
    private List<DocumentReceipt> list;

    /** viewAction of the receipt page: an unknown or foreign reference is a 404. */
    public void loadReceipt() throws java.io.IOException {
        try {
            receipt =
                    receipts.ofCitizen(
                            currentAccount.get(), reference, faces.getViewRoot().getLocale());
        } catch (DocumentNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public List<DocumentReceipt> getMine() {
        if (list == null) {
            list = receipts.sentBy(currentAccount.get(), faces.getViewRoot().getLocale());
        }
        return list;
    }

    public List<DocumentReceipt> getForStaff() {
        if (list == null) {
            list = receipts.visibleTo(currentAccount.get(), faces.getViewRoot().getLocale());
        }
        return list;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public DocumentReceipt getReceipt() {
        return receipt;
    }
}
