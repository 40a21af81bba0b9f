package fr.messagerie.appointment.domain;

/**
 * Where a request stands. REQUESTED waits for an agent; CONFIRMED has a slot; DECLINED and
 * CANCELLED are final.
 */
public enum AppointmentStatus {
    REQUESTED,
    CONFIRMED,
    DECLINED,
    CANCELLED;

    public boolean awaitsAgent() {
        return this == REQUESTED;
    }

    public boolean cancellableByCitizen() {
        return this == REQUESTED || this == CONFIRMED;
    }
}
