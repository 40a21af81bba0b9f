package fr.messagerie.conversation.web;

import fr.messagerie.conversation.domain.SubmissionToken;
import jakarta.annotation.PostConstruct;
import jakarta.faces.flow.FlowScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;

/**
 * What the citizen has chosen and written so far in one run of the wizard: ids and text only, so it
 * costs a few hundred bytes of session. The submission token is drawn once, when the flow starts,
 * and every "Envoyer" of this run (double click, refresh, back then resend, a second tab of the
 * same window) carries it: the conversation service then stores one conversation.
 */
@Named("draft")
@FlowScoped(NewMessageFlow.ID)
public class NewMessageDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String token;
    private Long themeId;
    private Long subjectId;
    private Long motifId;
    private String text;

    @PostConstruct
    void start() {
        token = SubmissionToken.newToken().value();
    }

    public SubmissionToken token() {
        return new SubmissionToken(token);
    }

    public Long getThemeId() {
        return themeId;
    }

    /** Another theme makes the subject and motif chosen under the old one meaningless. */
    public void setThemeId(Long themeId) {
        if (!Objects.equals(this.themeId, themeId)) {
            setSubjectId(null);
        }
        this.themeId = themeId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        if (!Objects.equals(this.subjectId, subjectId)) {
            motifId = null;
        }
        this.subjectId = subjectId;
    }

    public Long getMotifId() {
        return motifId;
    }

    public void setMotifId(Long motifId) {
        this.motifId = motifId;
    }

    /** The text is kept when the choice changes: the citizen wrote it and may still want it. */
    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
