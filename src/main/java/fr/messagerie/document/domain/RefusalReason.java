package fr.messagerie.document.domain;

/** Why a file of an upload was refused; each reason has its own message for the citizen. */
public enum RefusalReason {
    EMPTY,
    TOO_LARGE,
    EXECUTABLE,
    UNSUPPORTED_TYPE,
    EXTENSION_MISMATCH,
    INFECTED,
    TOO_MANY_FILES
}
