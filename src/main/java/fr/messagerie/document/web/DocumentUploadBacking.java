package fr.messagerie.document.web;

import fr.messagerie.conversation.application.CitizenConversations;
import fr.messagerie.conversation.application.ConversationNotFoundException;
import fr.messagerie.conversation.application.ConversationSummary;
import fr.messagerie.document.application.DocumentReceipt;
import fr.messagerie.document.application.DocumentSettings;
import fr.messagerie.document.application.DocumentUploads;
import fr.messagerie.document.application.IncomingFile;
import fr.messagerie.document.application.UploadRefusedException;
import fr.messagerie.document.application.UploadRequest;
import fr.messagerie.document.domain.AcceptedType;
import fr.messagerie.document.domain.DocumentBatch;
import fr.messagerie.document.domain.FileRefusal;
import fr.messagerie.platform.web.UserMessages;
import fr.messagerie.referential.application.ReferentialCatalog;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.security.application.CurrentAccount;
import fr.messagerie.security.domain.Account;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The upload form: limits shown before, every refused file named after. */
@Named
@RequestScoped
public class DocumentUploadBacking {

    /** The conversations a document may be linked to: the citizen's most recent ones. */
    private static final int LINKABLE_CONVERSATIONS = 200;

    @Inject private DocumentUploads uploads;
    @Inject private DocumentSettings settings;
    @Inject private CitizenConversations conversations;
    @Inject private ReferentialCatalog referential;
    @Inject private CurrentAccount currentAccount;
    @Inject private UserMessages messages;
    @Inject private FacesContext faces;

    private List<Part> files = new ArrayList<>();
    private Long motifId;
    private String conversationReference;

    @Size(max = DocumentBatch.MAX_COMMENT_LENGTH)
    private String comment;

    public String upload() {
        Account citizen = currentAccount.get();
        List<IncomingFile> incoming =
                files == null
                        ? List.of()
                        : files.stream()
                                .filter(part -> part.getSubmittedFileName() != null)
                                .filter(part -> !part.getSubmittedFileName().isBlank())
                                .map(
                                        part ->
                                                new IncomingFile(
                                                        part.getSubmittedFileName(),
                                                        part.getSize(),
                                                        part::getInputStream))
                                .toList();
        try {
            DocumentReceipt receipt =
                    uploads.upload(
                            citizen,
                            new UploadRequest(incoming, motifId, conversationReference, comment),
                            locale());
            messages.info("documents.upload.success", receipt.files().size());
            messages.keepForNextPage();
            return "/espace/documents/recu.xhtml?faces-redirect=true&ref=" + receipt.reference();
        } catch (UploadRefusedException e) {
            messages.errorOn("upload:files", "documents.upload.nothingStored");
            for (FileRefusal refusal : e.refusals()) {
                messages.errorOn(
                        "upload:files",
                        "documents.refusal." + refusal.reason().name(),
                        refusal.fileName(),
                        megabytes());
            }
        } catch (DocumentUploads.NoFileException e) {
            messages.errorOn("upload:files", "documents.upload.noFile");
        } catch (DocumentUploads.UnknownMotifException e) {
            messages.errorOn("upload:motif", "documents.upload.unknownMotif");
        } catch (ConversationNotFoundException e) {
            messages.errorOn("upload:conversation", "documents.upload.unknownConversation");
        }
        return null;
    }

    /** The limits, said before the citizen chooses files. */
    public String getLimits() {
        return messages.text("documents.upload.limits", megabytes(), settings.policy().maxFiles());
    }

    public String getAccept() {
        return AcceptedType.acceptAttribute();
    }

    public List<SelectItem> getMotifs() {
        Account citizen = currentAccount.get();
        Locale locale = locale();
        List<SelectItem> items = new ArrayList<>();
        for (var theme : referential.themesFor(citizen.getAudience())) {
            for (var subject : referential.subjectsOf(citizen.getAudience(), theme.getId())) {
                for (Motif motif : referential.motifsOf(citizen.getAudience(), subject.getId())) {
                    items.add(item(motif, locale));
                }
            }
        }
        return items;
    }

    public List<SelectItem> getConversations() {
        return conversations
                .homeList(currentAccount.get(), false, LINKABLE_CONVERSATIONS, locale())
                .stream()
                .filter(summary -> summary.status().acceptsCitizenMessages())
                .map(DocumentUploadBacking::item)
                .toList();
    }

    private static SelectItem item(Motif motif, Locale locale) {
        return new SelectItem(
                motif.getId(),
                motif.getTheme().getLabel().in(locale) + " – " + motif.getLabel().in(locale));
    }

    private static SelectItem item(ConversationSummary summary) {
        return new SelectItem(
                summary.reference(), summary.reference() + " – " + summary.motifLabel());
    }

    private String megabytes() {
        long bytes = settings.policy().maxFileBytes();
        long mega = bytes / (1024 * 1024);
        return mega * 1024 * 1024 == bytes
                ? Long.toString(mega)
                : String.format(locale(), "%.1f", bytes / (1024.0 * 1024.0));
    }

    private Locale locale() {
        return Objects.requireNonNull(faces.getViewRoot()).getLocale();
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }

    public Long getMotifId() {
        return motifId;
    }

    public void setMotifId(Long motifId) {
        this.motifId = motifId;
    }

    public String getConversationReference() {
        return conversationReference;
    }

    public void setConversationReference(String conversationReference) {
        this.conversationReference = conversationReference;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
