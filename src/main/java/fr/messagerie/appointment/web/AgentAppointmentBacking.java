package fr.messagerie.appointment.web;

import fr.messagerie.appointment.application.AppointmentNotFoundException;
import fr.messagerie.appointment.application.AppointmentView;
import fr.messagerie.appointment.application.Appointments;
import fr.messagerie.appointment.domain.Appointment;
import fr.messagerie.appointment.domain.IllegalTransitionException;
import fr.messagerie.backoffice.domain.WorkingDayCalendar;
import fr.messagerie.platform.web.UserMessages;
import fr.messagerie.security.application.CurrentAccount;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The routed team's view of appointment requests: the list, and one request to handle. View-scoped
 * so that the request's reference is known when the confirm and decline forms are decoded (their
 * rendering depends on the request's state).
 */
@Named
@ViewScoped
public class AgentAppointmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final ZoneId PARIS = WorkingDayCalendar.METROPOLITAN_FRANCE;

    @Inject private Appointments appointments;
    @Inject private CurrentAccount currentAccount;
    @Inject private UserMessages messages;

    private String reference;
    private transient AppointmentView appointment;
    private transient List<AppointmentView> list;
    private LocalDateTime slot;

    @Size(max = Appointment.MAX_DETAILS_LENGTH)
    private String details;

    @Size(max = Appointment.MAX_REASON_LENGTH)
    private String reason;

    /** viewAction: an unknown request, or one of another team, is a 404. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            appointment =
                    appointments.forStaff(
                            currentAccount.get(), reference, faces.getViewRoot().getLocale());
        } catch (AppointmentNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public String confirm() {
        if (slot == null) {
            messages.errorOn("confirm:slot", "agentAppointments.confirm.slotRequired");
            return null;
        }
        try {
            appointments.confirm(
                    currentAccount.get(), reference, slot.atZone(PARIS).toInstant(), details);
        } catch (IllegalArgumentException e) {
            messages.errorOn("confirm:slot", "agentAppointments.confirm.slotInFuture");
            return null;
        } catch (IllegalTransitionException e) {
            messages.error("agentAppointments.alreadyHandled");
            return null;
        }
        return done("agentAppointments.confirm.done");
    }

    public String decline() {
        if (reason == null || reason.isBlank()) {
            messages.errorOn("decline:reason", "agentAppointments.decline.reasonRequired");
            return null;
        }
        try {
            appointments.decline(currentAccount.get(), reference, reason);
        } catch (IllegalTransitionException e) {
            messages.error("agentAppointments.alreadyHandled");
            return null;
        }
        return done("agentAppointments.decline.done");
    }

    private String done(String key) {
        messages.info(key, reference);
        messages.keepForNextPage();
        return "/agent/rendez-vous/index.xhtml?faces-redirect=true";
    }

    public List<AppointmentView> getList() {
        if (list == null) {
            list =
                    appointments.forStaff(
                            currentAccount.get(),
                            FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return list;
    }

    /** Loaded again on a postback (the view parameter keeps the reference). */
    public AppointmentView getAppointment() {
        if (appointment == null && reference != null) {
            appointment =
                    appointments.forStaff(
                            currentAccount.get(),
                            reference,
                            FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return appointment;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public LocalDateTime getSlot() {
        return slot;
    }

    public void setSlot(LocalDateTime slot) {
        this.slot = slot;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
