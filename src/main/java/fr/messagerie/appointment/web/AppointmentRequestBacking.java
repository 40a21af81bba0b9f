package fr.messagerie.appointment.web;

import fr.messagerie.appointment.application.AppointmentRequest;
import fr.messagerie.appointment.application.AppointmentView;
import fr.messagerie.appointment.application.Appointments;
import fr.messagerie.appointment.application.InvalidAppointmentRequestException;
import fr.messagerie.appointment.domain.Appointment;
import fr.messagerie.appointment.domain.AppointmentChannel;
import fr.messagerie.appointment.domain.HalfDay;
import fr.messagerie.platform.domain.DateLocales;
import fr.messagerie.platform.web.UserMessages;
import fr.messagerie.referential.application.ReferentialCatalog;
import fr.messagerie.security.application.CurrentAccount;
import fr.messagerie.security.domain.Account;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The appointment request form and the citizen's list of requests (with cancel). */
@Named
@RequestScoped
public class AppointmentRequestBacking {

    @Inject private Appointments appointments;
    @Inject private ReferentialCatalog referential;
    @Inject private CurrentAccount currentAccount;
    @Inject private UserMessages messages;
    @Inject private FacesContext faces;

    private Long motifId;
    private AppointmentChannel channel;
    private String phone;
    private List<AppointmentView> mine;

    public String submit() {
        try {
            AppointmentView view =
                    appointments.request(
                            currentAccount.get(),
                            new AppointmentRequest(motifId, channel, chosenCodes(), phone),
                            locale());
            messages.info("appointments.request.success", view.reference());
            messages.keepForNextPage();
            return "/espace/rendez-vous/index.xhtml?faces-redirect=true";
        } catch (InvalidAppointmentRequestException e) {
            String field = "halfDays".equals(e.field()) ? "halfDays" : e.field();
            messages.errorOn(
                    "halfDays".equals(field) ? null : "request:" + field,
                    "appointments.request.invalid." + field);
            return null;
        }
    }

    public String cancel(String reference) {
        appointments.cancel(currentAccount.get(), reference);
        messages.info("appointments.list.cancelled", reference);
        messages.keepForNextPage();
        return "/espace/rendez-vous/index.xhtml?faces-redirect=true";
    }

    public List<AppointmentView> getMine() {
        if (mine == null) {
            mine = appointments.ofCitizen(currentAccount.get(), locale());
        }
        return mine;
    }

    public List<HalfDayOption> getDays() {
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                        .withLocale(DateLocales.forDates(locale()));
        List<String> chosen = chosenCodes();
        List<HalfDayOption> options = new ArrayList<>();
        appointments
                .window()
                .days()
                .forEach(
                        day -> {
                            String am = new HalfDay(day, true).code();
                            String pm = new HalfDay(day, false).code();
                            options.add(
                                    new HalfDayOption(
                                            format.format(day),
                                            am,
                                            pm,
                                            chosen.contains(am),
                                            chosen.contains(pm)));
                        });
        return options;
    }

    public List<SelectItem> getMotifs() {
        Account citizen = currentAccount.get();
        Locale locale = locale();
        List<SelectItem> items = new ArrayList<>();
        for (var theme : referential.themesFor(citizen.getAudience())) {
            for (var subject : referential.subjectsOf(citizen.getAudience(), theme.getId())) {
                for (var motif : referential.motifsOf(citizen.getAudience(), subject.getId())) {
                    items.add(
                            new SelectItem(
                                    motif.getId(),
                                    theme.getLabel().in(locale)
                                            + " – "
                                            + motif.getLabel().in(locale)));
                }
            }
        }
        return items;
    }

    public AppointmentChannel[] getChannels() {
        return AppointmentChannel.values();
    }

    public int getMaxReasonLength() {
        return Appointment.MAX_REASON_LENGTH;
    }

    private List<String> chosenCodes() {
        String[] values = faces.getExternalContext().getRequestParameterValuesMap().get("halfDay");
        return values == null ? List.of() : Arrays.asList(values);
    }

    private Locale locale() {
        return faces.getViewRoot().getLocale();
    }

    public Long getMotifId() {
        return motifId;
    }

    public void setMotifId(Long motifId) {
        this.motifId = motifId;
    }

    public AppointmentChannel getChannel() {
        return channel;
    }

    public void setChannel(AppointmentChannel channel) {
        this.channel = channel;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
