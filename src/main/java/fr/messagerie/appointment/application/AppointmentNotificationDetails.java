package fr.messagerie.appointment.application;

import fr.messagerie.appointment.domain.HalfDay;
import fr.messagerie.backoffice.domain.WorkingDayCalendar;
import fr.messagerie.notification.application.NotificationModelContributor;
import fr.messagerie.notification.application.NotificationSubject;
import fr.messagerie.notification.domain.NotificationKind;
import fr.messagerie.platform.domain.DateLocales;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the appointment mails say: motif, channel, the slot or the reason, and a link. */
@ApplicationScoped
public class AppointmentNotificationDetails implements NotificationModelContributor {

    private static final ZoneId PARIS = WorkingDayCalendar.METROPOLITAN_FRANCE;
    private static final String BUNDLE = "fr.messagerie.i18n.notifications";
    private static final Set<NotificationKind> KINDS =
            Set.of(
                    NotificationKind.APPOINTMENT_REQUESTED,
                    NotificationKind.APPOINTMENT_CONFIRMED,
                    NotificationKind.APPOINTMENT_DECLINED,
                    NotificationKind.APPOINTMENT_CANCELLED);

    @Inject private Appointments appointments;

    @Inject
    @ConfigProperty(
            name = "messagerie.public-base-url",
            defaultValue = "http://localhost:8080/messagerie")
    String publicBaseUrl;

    @Override
    public boolean covers(NotificationKind kind) {
        return KINDS.contains(kind);
    }

    @Override
    public void contribute(NotificationSubject subject, Locale locale, Map<String, Object> model) {
        subject.subjectReference()
                .ifPresent(reference -> model.putAll(detailsOf(reference, locale)));
    }

    Map<String, Object> detailsOf(String reference, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        ResourceBundle labels = ResourceBundle.getBundle(BUNDLE, locale);
        DateTimeFormatter dateTime =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                        .withLocale(DateLocales.forDates(locale))
                        .withZone(PARIS);
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                        .withLocale(DateLocales.forDates(locale));
        appointments
                .byReference(reference, locale)
                .ifPresent(
                        view -> {
                            model.put("motif", view.motifLabel());
                            model.put(
                                    "channel",
                                    labels.getString("appointment.channel." + view.channel()));
                            model.put("phone", view.phone());
                            model.put(
                                    "halfDays",
                                    view.preferredHalfDays().stream()
                                            .map(h -> halfDay(h, date, labels))
                                            .collect(Collectors.joining(", ")));
                            if (view.slotStart() != null) {
                                model.put("slot", dateTime.format(view.slotStart()));
                            }
                            if (view.slotDetails() != null) {
                                model.put("slotDetails", view.slotDetails());
                            }
                            if (view.declineReason() != null) {
                                model.put("reason", view.declineReason());
                            }
                            model.put(
                                    "appointmentsUrl",
                                    publicBaseUrl + "/espace/rendez-vous/index.xhtml");
                        });
        return model;
    }

    private static String halfDay(HalfDay halfDay, DateTimeFormatter date, ResourceBundle labels) {
        return date.format(halfDay.date())
                + " "
                + labels.getString(
                        halfDay.morning() ? "appointment.morning" : "appointment.afternoon");
    }
}
