package fr.messagerie.appointment.application;

import fr.messagerie.appointment.domain.Appointment;
import fr.messagerie.appointment.domain.AvailabilityWindow;
import fr.messagerie.appointment.domain.HalfDay;
import fr.messagerie.appointment.domain.PhoneNumber;
import fr.messagerie.appointment.infrastructure.AppointmentRepository;
import fr.messagerie.backoffice.domain.WorkingDayCalendar;
import fr.messagerie.document.application.AgentTeams;
import fr.messagerie.notification.application.NotificationOutbox;
import fr.messagerie.notification.domain.NotificationKind;
import fr.messagerie.referential.application.ReferentialCatalog;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.security.domain.Account;
import fr.messagerie.security.infrastructure.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Appointment requests, from both sides. A citizen only ever reaches their own requests, an agent
 * only those routed to their teams (admins all); anything else answers "not found". Each change of
 * state enqueues the citizen's mail in the same transaction.
 */
@ApplicationScoped
@Transactional
public class Appointments {

    static final int LIST_LIMIT = 200;
    private static final Logger LOG = Logger.getLogger(Appointments.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    @Inject private AppointmentRepository appointments;
    @Inject private ReferentialCatalog referential;
    @Inject private AgentTeams teams;
    @Inject private AccountRepository accounts;
    @Inject private NotificationOutbox outbox;
    @Inject private Clock clock;

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @Transactional(Transactional.TxType.SUPPORTS)
    public AvailabilityWindow window() {
        return AvailabilityWindow.after(
                LocalDate.now(clock.withZone(WorkingDayCalendar.METROPOLITAN_FRANCE)), calendar);
    }

    public AppointmentView request(Account citizen, AppointmentRequest request, Locale locale) {
        Motif motif =
                request.motifId() == null
                        ? null
                        : referential
                                .selectableMotif(citizen.getAudience(), request.motifId())
                                .orElse(null);
        if (motif == null) {
            throw new InvalidAppointmentRequestException("motif");
        }
        if (request.channel() == null) {
            throw new InvalidAppointmentRequestException("channel");
        }
        Set<HalfDay> chosen = window().keepOffered(request.halfDays());
        if (chosen.isEmpty()) {
            throw new InvalidAppointmentRequestException("halfDays");
        }
        if (PhoneNumber.normalise(request.phone()).isEmpty()) {
            throw new InvalidAppointmentRequestException("phone");
        }
        Appointment appointment =
                Appointment.request(
                        newReference(),
                        citizen.getId(),
                        motif.getId(),
                        motif.getTeam().getId(),
                        request.channel(),
                        request.phone(),
                        chosen,
                        clock.instant());
        appointments.add(appointment);
        outbox.enqueue(
                NotificationKind.APPOINTMENT_REQUESTED, citizen, null, appointment.getReference());
        LOG.info(() -> "Appointment " + appointment.getReference() + " requested");
        return view(appointment, locale);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AppointmentView> ofCitizen(Account citizen, Locale locale) {
        return appointments.ofCitizen(citizen.getId(), LIST_LIMIT, clock.instant()).stream()
                .map(a -> view(a, locale))
                .toList();
    }

    public void cancel(Account citizen, String reference) {
        Appointment appointment =
                find(reference)
                        .filter(a -> a.belongsTo(citizen.getId()))
                        .orElseThrow(AppointmentNotFoundException::new);
        appointment.cancelByCitizen(clock.instant());
        notifyCitizen(appointment, NotificationKind.APPOINTMENT_CANCELLED);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AppointmentView> forStaff(Account staff, Locale locale) {
        return appointments.ofTeams(teams.restrictionFor(staff).orElse(null), LIST_LIMIT).stream()
                .map(a -> view(a, locale))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AppointmentView forStaff(Account staff, String reference, Locale locale) {
        return view(handledBy(staff, reference), locale);
    }

    public void confirm(Account staff, String reference, Instant slot, String details) {
        Appointment appointment = handledBy(staff, reference);
        appointment.confirm(staff.getId(), slot, details, clock.instant());
        notifyCitizen(appointment, NotificationKind.APPOINTMENT_CONFIRMED);
    }

    public void decline(Account staff, String reference, String reason) {
        Appointment appointment = handledBy(staff, reference);
        appointment.decline(staff.getId(), reason, clock.instant());
        notifyCitizen(appointment, NotificationKind.APPOINTMENT_DECLINED);
    }

    /** For the notification feature: the request behind a reference, whoever owns it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<AppointmentView> byReference(String reference, Locale locale) {
        return find(reference).map(a -> view(a, locale));
    }

    private Appointment handledBy(Account staff, String reference) {
        return find(reference)
                .filter(a -> teams.mayHandle(staff, a.getTeamId()))
                .orElseThrow(AppointmentNotFoundException::new);
    }

    private java.util.Optional<Appointment> find(String reference) {
        return appointments.findByReference(
                reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT));
    }

    private void notifyCitizen(Appointment appointment, NotificationKind kind) {
        Account citizen = accounts.findById(appointment.getCitizenId()).orElseThrow();
        outbox.enqueue(kind, citizen, null, appointment.getReference());
        LOG.info(
                () ->
                        "Appointment "
                                + appointment.getReference()
                                + " is now "
                                + appointment.getStatus());
    }

    private AppointmentView view(Appointment appointment, Locale locale) {
        String motif =
                referential
                        .motif(appointment.getMotifId())
                        .map(m -> m.getLabel().in(locale))
                        .orElse("");
        return new AppointmentView(
                appointment.getReference(),
                motif,
                appointment.getChannel(),
                appointment.getPhone(),
                appointment.preferredHalfDays(),
                appointment.getStatus(),
                appointment.slotStart().orElse(null),
                appointment.slotDetails().orElse(null),
                appointment.declineReason().orElse(null),
                appointment.getCreatedAt());
    }

    private String newReference() {
        String reference;
        do {
            StringBuilder draft = new StringBuilder("RDV-").append(Year.now(clock)).append('-');
            for (int i = 0; i < 8; i++) {
                draft.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            reference = draft.toString();
        } while (appointments.referenceExists(reference));
        return reference;
    }
}
