package fr.messagerie.conversation.web;

import fr.messagerie.backoffice.application.ExpectedResponseTime;
import fr.messagerie.conversation.application.ConversationService;
import fr.messagerie.conversation.application.MotifNotSelectableException;
import fr.messagerie.conversation.application.OnlineServiceOffers;
import fr.messagerie.conversation.application.SubmissionReceipt;
import fr.messagerie.conversation.application.SubmitMessage;
import fr.messagerie.conversation.domain.InvalidMessageTextException;
import fr.messagerie.conversation.domain.OnlineServiceChoice;
import fr.messagerie.platform.web.UserMessages;
import fr.messagerie.referential.application.ReferentialCatalog;
import fr.messagerie.referential.domain.Audience;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.referential.domain.OnlineService;
import fr.messagerie.referential.domain.Subject;
import fr.messagerie.referential.domain.Theme;
import fr.messagerie.security.application.CurrentAccount;
import fr.messagerie.security.application.RateLimitExceededException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The wizard's step logic for one request: what each step offers, what was chosen so far, and where
 * each button leads. It keeps nothing between requests; the flow-scoped {@link NewMessageDraft}
 * does. Every lookup goes through the referential with the citizen's audience, so an id forged in
 * the browser finds nothing.
 */
@Named("wizard")
@RequestScoped
public class NewMessageWizard {

    @Inject private NewMessageDraft draft;
    @Inject private CurrentAccount account;
    @Inject private ReferentialCatalog referential;
    @Inject private ConversationService conversations;
    @Inject private OnlineServiceOffers offers;
    @Inject private UserMessages messages;
    @Inject private FacesContext faces;
    @Inject private ExpectedResponseTime expectedResponseTime;

    private boolean offerOpen;

    // Pages read the offered lists several times per request (validation, rendering).
    private List<Theme> themes;
    private List<Subject> subjects;
    private List<Motif> motifs;
    private SubmissionReceipt receipt;
    private final Map<Long, Optional<Theme>> themeById = new HashMap<>();
    private final Map<Long, Optional<Subject>> subjectById = new HashMap<>();
    private final Map<Long, Optional<Motif>> motifById = new HashMap<>();

    /**
     * View action of each step: a step whose earlier answers are missing sends back to them, and a
     * step's address opened outside a run of the wizard (a bookmark, an old tab) starts a new run.
     */
    public String enter(String stepName) {
        if (!inTheFlow()) {
            return NewMessageFlow.ID;
        }
        WizardStep step = WizardStep.valueOf(stepName);
        return step.isReachableWith(draft) ? null : WizardStep.firstMissing(draft).outcome();
    }

    public List<Theme> getThemes() {
        if (themes == null) {
            themes = referential.themesFor(audience());
        }
        return themes;
    }

    public List<Subject> getSubjects() {
        if (subjects == null) {
            subjects =
                    draft.getThemeId() == null
                            ? List.of()
                            : referential.subjectsOf(audience(), draft.getThemeId());
        }
        return subjects;
    }

    public List<Motif> getMotifs() {
        if (motifs == null) {
            motifs =
                    draft.getSubjectId() == null
                            ? List.of()
                            : referential.motifsOf(audience(), draft.getSubjectId());
        }
        return motifs;
    }

    public Theme getTheme() {
        return chosen(themeById, draft.getThemeId(), id -> referential.theme(audience(), id));
    }

    public Subject getSubject() {
        return chosen(subjectById, draft.getSubjectId(), id -> referential.subject(audience(), id));
    }

    public Motif getMotif() {
        return chosen(
                motifById, draft.getMotifId(), id -> referential.selectableMotif(audience(), id));
    }

    /**
     * The choice the draft holds, looked up once per request and id: a step's page reads it from
     * several expressions (labels, the offer, the counter), and a POST may change it.
     */
    private static <T> T chosen(
            Map<Long, Optional<T>> lookedUp, Long id, Function<Long, Optional<T>> lookup) {
        return id == null ? null : lookedUp.computeIfAbsent(id, lookup).orElse(null);
    }

    /** The online service the chosen motif proposes, or null. */
    public OnlineService getOnlineService() {
        Motif motif = getMotif();
        return motif == null ? null : motif.proposedOnlineService().orElse(null);
    }

    public String chooseTheme() {
        return WizardStep.SUBJECT.outcome();
    }

    public String chooseSubject() {
        return WizardStep.MOTIF.outcome();
    }

    /** Step 3: a motif with an online service opens the dialog on the same page first. */
    public String chooseMotif() {
        if (getOnlineService() != null) {
            offerOpen = true;
            return null;
        }
        return WizardStep.MESSAGE.outcome();
    }

    public boolean isOfferOpen() {
        return offerOpen;
    }

    public String writeMessage() {
        record(OnlineServiceChoice.WROTE_MESSAGE);
        return WizardStep.MESSAGE.outcome();
    }

    /**
     * «Fermer et modifier le thème, le sujet ou le motif»: back to the motif step with the theme
     * and the subject kept (each still changeable there by «Modifier»), not to a blank theme step.
     */
    public String changeSelection() {
        record(OnlineServiceChoice.CHANGED_SELECTION);
        return WizardStep.MOTIF.outcome();
    }

    public String validateMessage() {
        return WizardStep.SUMMARY.outcome();
    }

    /**
     * "Envoyer": always with the draft's one token, so repeating it returns the first receipt. A
     * text or motif that became invalid since its step sends the citizen back to that step.
     */
    public String send() {
        WizardStep missing = WizardStep.firstMissing(draft);
        if (missing != WizardStep.SUMMARY) {
            return missing.outcome();
        }
        try {
            conversations.submit(
                    account.get(),
                    new SubmitMessage(draft.getMotifId(), draft.getText(), draft.token()));
            return WizardStep.CONFIRMATION.outcome();
        } catch (InvalidMessageTextException problem) {
            messages.error(
                    MessageTextProblems.bundleKey(problem.reason()),
                    MessageTextProblems.arguments(problem));
            messages.keepForNextPage();
            return WizardStep.MESSAGE.outcome();
        } catch (MotifNotSelectableException gone) {
            messages.error("wizard.motif.unavailable");
            messages.keepForNextPage();
            return WizardStep.MOTIF.outcome();
        } catch (RateLimitExceededException refused) {
            // Nothing was stored; the summary stays, with its draft, saying when to try again.
            messages.error(refused.messageKey());
            return null;
        }
    }

    /**
     * The response time announced on the confirmation: what recent real answers to this motif took,
     * or the motif's target while there are too few of them. The deadline date stays the promise
     * computed from the target.
     */
    public int getExpectedWorkingDays() {
        return expectedResponseTime.forMotif(draft.getMotifId()).workingDays();
    }

    /** The confirmation, read back by token; null while this run has sent nothing. */
    public SubmissionReceipt getReceipt() {
        if (receipt == null) {
            receipt = conversations.receiptFor(account.get(), draft.token()).orElse(null);
        }
        return receipt;
    }

    /** View action of the confirmation: nothing sent yet means the recap is where to be. */
    public String enterConfirmation() {
        if (!inTheFlow()) {
            return NewMessageFlow.ID;
        }
        return getReceipt() == null ? WizardStep.SUMMARY.outcome() : null;
    }

    private boolean inTheFlow() {
        return faces.getApplication().getFlowHandler().getCurrentFlow(faces) != null;
    }

    private OnlineService record(OnlineServiceChoice choice) {
        return offers.record(account.get(), draft.getMotifId(), choice);
    }

    private Audience audience() {
        return account.get().getAudience();
    }
}
