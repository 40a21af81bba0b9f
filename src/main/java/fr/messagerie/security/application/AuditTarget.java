package fr.messagerie.security.application;

/** What an audit event is about: a type and an identifier (a reference, an id), or nothing. */
public record AuditTarget(String type, String id) {

    public static final String CONVERSATION = "CONVERSATION";
    public static final String ACCOUNT = "ACCOUNT";
    public static final String MOTIF = "MOTIF";
    public static final String CANNED_RESPONSE = "CANNED_RESPONSE";

    public static AuditTarget conversation(String reference) {
        return new AuditTarget(CONVERSATION, reference);
    }

    public static AuditTarget account(long accountId) {
        return new AuditTarget(ACCOUNT, Long.toString(accountId));
    }

    public static AuditTarget motif(long motifId) {
        return new AuditTarget(MOTIF, Long.toString(motifId));
    }

    public static AuditTarget cannedResponse(long cannedResponseId) {
        return new AuditTarget(CANNED_RESPONSE, Long.toString(cannedResponseId));
    }

    public static AuditTarget none() {
        return new AuditTarget(null, null);
    }
}
