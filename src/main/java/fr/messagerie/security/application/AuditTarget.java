package fr.messagerie.security.application;

/** What an audit event is about: a type and an identifier (a reference, an id), or nothing. */
public record AuditTarget(String type, String id) {

    public static final String CONVERSATION = "CONVERSATION";
    public static final String ACCOUNT = "ACCOUNT";
    public static final String MOTIF = "MOTIF";
    public static final String CANNED_RESPONSE = "CANNED_RESPONSE";
    public static final String THEME = "THEME";
    public static final String SUBJECT = "SUBJECT";
    public static final String ONLINE_SERVICE = "ONLINE_SERVICE";
    public static final String TEAM = "TEAM";

    public static AuditTarget conversation(String reference) {
        return new AuditTarget(CONVERSATION, reference);
    }

    public static AuditTarget account(long accountId) {
        return new AuditTarget(ACCOUNT, Long.toString(accountId));
    }

    public static AuditTarget motif(long motifId) {
        return new AuditTarget(MOTIF, Long.toString(motifId));
    }

    /** A referential entry by its type (one of the constants above) and id. */
    public static AuditTarget referential(String type, long id) {
        return new AuditTarget(type, Long.toString(id));
    }

    public static AuditTarget cannedResponse(long cannedResponseId) {
        return new AuditTarget(CANNED_RESPONSE, Long.toString(cannedResponseId));
    }

    public static AuditTarget none() {
        return new AuditTarget(null, null);
    }
}
