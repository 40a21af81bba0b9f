package fr.messagerie.appointment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An appointment request and its workflow. The state machine lives here, in plain Java: requested →
 * confirmed (an agent set a slot) | declined (with a reason) | cancelled (by the citizen); a
 * confirmed appointment may still be cancelled by the citizen. Anything else is refused.
 */
@Entity
@Table(name = "appointment")
public class Appointment {

    public static final int MAX_REASON_LENGTH = 500;
    public static final int MAX_DETAILS_LENGTH = 200;

    @Id
    @SequenceGenerator(
            name = "appointment_seq",
            sequenceName = "appointment_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Column(name = "citizen_id", nullable = false)
    private Long citizenId;

    @Column(name = "motif_id", nullable = false)
    private Long motifId;

    @Column(name = "team_id", nullable = false)
    private Long teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppointmentChannel channel;

    @Column(nullable = false, length = 20)
    private String phone;

    @Column(name = "preferred_slots", nullable = false, length = 1000)
    private String preferredSlots;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppointmentStatus status;

    @Column(name = "slot_start")
    private Instant slotStart;

    @Column(name = "slot_details", length = MAX_DETAILS_LENGTH)
    private String slotDetails;

    @Column(name = "decline_reason", length = MAX_REASON_LENGTH)
    private String declineReason;

    @Column(name = "handled_by")
    private Long handledBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version private long version;

    protected Appointment() {}

    /**
     * @throws IllegalArgumentException without a half-day or with an unusable phone number
     */
    public static Appointment request(
            String reference,
            long citizenId,
            long motifId,
            long teamId,
            AppointmentChannel channel,
            String phone,
            Set<HalfDay> preferred,
            Instant now) {
        if (preferred.isEmpty()) {
            throw new IllegalArgumentException("At least one half-day");
        }
        Appointment appointment = new Appointment();
        appointment.reference = reference;
        appointment.citizenId = citizenId;
        appointment.motifId = motifId;
        appointment.teamId = teamId;
        appointment.channel = Objects.requireNonNull(channel, "channel");
        appointment.phone =
                PhoneNumber.normalise(phone)
                        .orElseThrow(() -> new IllegalArgumentException("Unusable phone number"));
        appointment.preferredSlots =
                preferred.stream().sorted().map(HalfDay::code).collect(Collectors.joining(","));
        appointment.status = AppointmentStatus.REQUESTED;
        appointment.createdAt = now;
        appointment.updatedAt = now;
        return appointment;
    }

    /** An agent sets the slot; it must be in the future. */
    public void confirm(long agentId, Instant slot, String details, Instant now) {
        if (!status.awaitsAgent()) {
            throw new IllegalTransitionException(status, "confirm");
        }
        if (slot == null || !slot.isAfter(now)) {
            throw new IllegalArgumentException("The slot must be in the future");
        }
        status = AppointmentStatus.CONFIRMED;
        slotStart = slot;
        slotDetails = blankToNull(details, MAX_DETAILS_LENGTH);
        handledBy = agentId;
        updatedAt = now;
    }

    /** An agent declines; the citizen is told why. */
    public void decline(long agentId, String reason, Instant now) {
        if (!status.awaitsAgent()) {
            throw new IllegalTransitionException(status, "decline");
        }
        String why = blankToNull(reason, MAX_REASON_LENGTH);
        if (why == null) {
            throw new IllegalArgumentException("A reason is required");
        }
        status = AppointmentStatus.DECLINED;
        declineReason = why;
        handledBy = agentId;
        updatedAt = now;
    }

    public void cancelByCitizen(Instant now) {
        if (!status.cancellableByCitizen()) {
            throw new IllegalTransitionException(status, "cancel");
        }
        status = AppointmentStatus.CANCELLED;
        updatedAt = now;
    }

    public boolean belongsTo(long accountId) {
        return citizenId == accountId;
    }

    private static String blankToNull(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException("Longer than " + max);
        }
        return stripped;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Long getCitizenId() {
        return citizenId;
    }

    public Long getMotifId() {
        return motifId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public AppointmentChannel getChannel() {
        return channel;
    }

    public String getPhone() {
        return phone;
    }

    public List<HalfDay> preferredHalfDays() {
        return Arrays.stream(preferredSlots.split(","))
                .map(HalfDay::parse)
                .flatMap(Optional::stream)
                .toList();
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public Optional<Instant> slotStart() {
        return Optional.ofNullable(slotStart);
    }

    public Optional<String> slotDetails() {
        return Optional.ofNullable(slotDetails);
    }

    public Optional<String> declineReason() {
        return Optional.ofNullable(declineReason);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
