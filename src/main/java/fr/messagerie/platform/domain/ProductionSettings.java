package fr.messagerie.platform.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a server without demo data must not run on: the embedded defaults that make the run mode
 * work on a laptop would, in service, lose every message at restart (H2 in memory), send no SMS
 * (the demo's gateway key) and put plain-http links in legal acknowledgements. Each problem says
 * which setting to give, in words an operator reads in the log.
 */
public record ProductionSettings(
        boolean demoData, String databaseUrl, String smsGatewayKey, String publicBaseUrl) {

    public static final String DEMO_SMS_KEY = "demo-key";

    /** Empty when the server may take traffic; in demo mode the embedded defaults are allowed. */
    public List<String> problems() {
        if (demoData) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        if (databaseUrl == null || databaseUrl.startsWith("jdbc:h2:mem:")) {
            problems.add(
                    "the database is H2 in memory, lost at every restart: set MESSAGERIE_DB_URL"
                            + " (and its user and password) to the PostgreSQL database");
        }
        if (smsGatewayKey == null
                || smsGatewayKey.isBlank()
                || DEMO_SMS_KEY.equals(smsGatewayKey)) {
            problems.add(
                    "the SMS gateway key is the demo's: set MESSAGERIE_SMS_GATEWAY_KEY to the"
                            + " provider's key");
        }
        if (publicBaseUrl == null || !publicBaseUrl.startsWith("https://")) {
            problems.add(
                    "the public address is not https (links in mails would be "
                            + publicBaseUrl
                            + "): set MESSAGERIE_PUBLIC_BASE_URL to the portal's https address");
        }
        return List.copyOf(problems);
    }
}
