package fr.messagerie.document.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Asks a ClamAV daemon about some bytes with its INSTREAM command: the content is sent in
 * length-prefixed chunks over TCP, so clamd needs no access to our storage. Plain Java, no
 * container: tested against a fake clamd.
 */
public class ClamdClient {

    private static final int CHUNK = 64 * 1024;

    private final String host;
    private final int port;
    private final int timeoutMillis;

    public ClamdClient(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    /** clamd's verdict: clean, or the name of what it found. */
    public record Verdict(boolean infected, String signature) {}

    /**
     * @throws IOException when clamd cannot be reached or answers something else than a verdict
     *     (e.g. "INSTREAM size limit exceeded. ERROR")
     */
    public Verdict scan(byte[] content) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int offset = 0; offset < content.length; offset += CHUNK) {
                int length = Math.min(CHUNK, content.length - offset);
                out.writeInt(length);
                out.write(content, offset, length);
            }
            out.writeInt(0);
            out.flush();
            return verdict(readReply(socket.getInputStream()));
        }
    }

    static Verdict verdict(String reply) throws IOException {
        String answer = reply.strip();
        if (answer.endsWith("OK") && !answer.endsWith("ERROR")) {
            return new Verdict(false, "");
        }
        if (answer.endsWith("FOUND")) {
            String signature =
                    answer.substring(answer.indexOf(':') + 1, answer.length() - "FOUND".length());
            return new Verdict(true, signature.strip());
        }
        throw new IOException("clamd: " + answer);
    }

    private static String readReply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != 0) {
            reply.write(b);
            if (reply.size() > 4096) {
                break;
            }
        }
        return reply.toString(StandardCharsets.US_ASCII);
    }
}
