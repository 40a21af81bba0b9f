package fr.messagerie.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What a refused form shows first (RGAA 11.10, 11.11): the page title starts with «Erreur – » and,
 * above the heading, a summary lists every error, each one a link to its field, and takes the
 * focus. Only on a whole page: an Ajax answer keeps its messages where its form put them.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** One error: the field it is about (null for the page) and its text. */
    public record Entry(String fieldId, String text) {}

    @Inject private FacesContext faces;

    private List<Entry> entries;

    public boolean isPresent() {
        return !getEntries().isEmpty();
    }

    /**
     * Read once the page is being rendered: the earlier phases also ask (they visit the component
     * tree and call its "rendered" conditions) before validation has said anything.
     */
    public List<Entry> getEntries() {
        if (faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            return List.of();
        }
        if (entries == null) {
            entries = collect(faces);
        }
        return entries;
    }

    static List<Entry> collect(FacesContext faces) {
        if (faces.getPartialViewContext().isAjaxRequest()
                || faces.getMaximumSeverity() == null
                || faces.getMaximumSeverity().compareTo(FacesMessage.SEVERITY_ERROR) < 0) {
            return List.of();
        }
        List<Entry> found = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            for (Iterator<FacesMessage> messages = faces.getMessages(clientId);
                    messages.hasNext(); ) {
                FacesMessage message = messages.next();
                if (message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0) {
                    found.add(new Entry(clientId, textOf(message)));
                }
            }
        }
        return List.copyOf(found);
    }

    /** The words shown beside the field (its detail), so the summary repeats them exactly. */
    private static String textOf(FacesMessage message) {
        String detail = message.getDetail();
        return detail == null || detail.isBlank() ? message.getSummary() : detail;
    }
}
