package fr.messagerie.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.messagerie.testsupport.SmsGatewayStub;
import java.util.HashMap;
import java.util.Map;

/**
 * What every harness's server talks to: an SMTP server (GreenMail, port 3025) and an SMS gateway
 * (port 8026) in the harness's JVM, both answering as production's would, or the consumers would
 * sit in connect timeouts and skew every figure; and the server environment that points at them,
 * with demo data, no message rate limit and cheap password hashes.
 */
final class BenchSinks implements AutoCloseable {

    private final GreenMail smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", "smtp"));
    private final SmsGatewayStub sms = new SmsGatewayStub();
    private final Map<String, String> environment = new HashMap<>();

    BenchSinks() throws java.io.IOException {
        smtp.start();
        environment.put("MESSAGERIE_DEMO_DATA", "true");
        environment.put("MESSAGERIE_SMTP_HOST", "127.0.0.1");
        environment.put("MESSAGERIE_SMTP_PORT", "3025");
        environment.put("MESSAGERIE_SMS_GATEWAY_URL", sms.start(8026));
        environment.put("MESSAGERIE_SMS_GATEWAY_KEY", "bench");
        environment.put("MESSAGERIE_RATE_LIMIT_MESSAGES_PER_HOUR", "1000000");
        environment.put("MESSAGERIE_RATE_LIMIT_MESSAGES_PER_DAY", "1000000");
        // Citizens sign in through the identity provider in service; the harnesses' password
        // sign-in stands for it and must not measure 210,000 PBKDF2 iterations per journey that
        // no citizen computes (the platform's minimum, 1,024, instead).
        environment.put("MESSAGERIE_PASSWORD_ITERATIONS", "1024");
    }

    GreenMail smtp() {
        return smtp;
    }

    SmsGatewayStub sms() {
        return sms;
    }

    /** The server's environment; a harness may add its own settings before starting it. */
    Map<String, String> environment() {
        return environment;
    }

    @Override
    public void close() {
        sms.stop();
        smtp.stop();
    }
}
