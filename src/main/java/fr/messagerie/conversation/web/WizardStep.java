package fr.messagerie.conversation.web;

/**
 * The steps of the new-message wizard, in the guide's order. Each is a view node of the flow, and
 * its node id is the named outcome that leads to it, so pages and beans navigate by step name and
 * never by view id.
 */
public enum WizardStep {
    THEME("theme"),
    SUBJECT("sujet"),
    MOTIF("motif"),
    MESSAGE("message"),
    SUMMARY("recapitulatif"),
    CONFIRMATION("confirmation");

    private final String node;

    WizardStep(String node) {
        this.node = node;
    }

    /** The id of this step's view node in the flow. */
    public String node() {
        return node;
    }

    /**
     * The outcome an action returns to go to this step: the node id, reached by redirect so that
     * the address bar shows the step. Said in the outcome rather than by navigation cases of the
     * flow: those are not serializable, and Faces keeps the flow definition in the session, which a
     * cluster must be able to move.
     */
    public String outcome() {
        return node + "?faces-redirect=true";
    }

    /** The page of this step, in the flow's own folder. */
    public String viewId() {
        return "/" + NewMessageFlow.ID + "/" + node + ".xhtml";
    }

    /**
     * The first step whose answer the draft still lacks; {@link #SUMMARY} once everything needed
     * for sending is there. A page of a later step sends the citizen back to this one, so a stale
     * tab or a typed URL never shows a recap of a half-made choice.
     */
    public static WizardStep firstMissing(NewMessageDraft draft) {
        if (draft.getThemeId() == null) {
            return THEME;
        }
        if (draft.getSubjectId() == null) {
            return SUBJECT;
        }
        if (draft.getMotifId() == null) {
            return MOTIF;
        }
        if (draft.getText() == null || draft.getText().isBlank()) {
            return MESSAGE;
        }
        return SUMMARY;
    }

    /** Whether the draft is far enough to show this step (the confirmation is decided apart). */
    public boolean isReachableWith(NewMessageDraft draft) {
        return this == CONFIRMATION || ordinal() <= firstMissing(draft).ordinal();
    }
}
