package fr.messagerie.document.domain;

/** What the antivirus said about a file. */
public enum ScanStatus {
    /** The antivirus found nothing. */
    CLEAN,
    /** No antivirus is configured, or it could not be reached: agents are told so. */
    NOT_SCANNED,
    /** The antivirus found a threat: the file is never opened by an agent. */
    INFECTED;

    public boolean mayBeOpenedByAgents() {
        return this != INFECTED;
    }
}
