package fr.messagerie.document.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The clamd client against a tiny fake clamd speaking the INSTREAM protocol over TCP. */
class ClamdClientTest {

    static final String EICAR =
            "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    FakeClamd clamd;

    @AfterEach
    void stop() throws IOException {
        if (clamd != null) {
            clamd.close();
        }
    }

    @Test
    void aCleanStreamIsReportedClean() throws Exception {
        clamd = new FakeClamd();
        ClamdClient.Verdict verdict =
                client().scan("%PDF-1.7 clean".getBytes(StandardCharsets.US_ASCII));
        assertThat(verdict.infected()).isFalse();
        assertThat(clamd.received.get()).isEqualTo("%PDF-1.7 clean");
        assertThat(clamd.command.get()).isEqualTo("zINSTREAM");
    }

    @Test
    void theEicarTestFileIsReportedInfectedWithItsSignature() throws Exception {
        clamd = new FakeClamd();
        ClamdClient.Verdict verdict = client().scan(EICAR.getBytes(StandardCharsets.US_ASCII));
        assertThat(verdict.infected()).isTrue();
        assertThat(verdict.signature()).isEqualTo("Eicar-Test-Signature");
    }

    @Test
    void aLargeFileIsSentInSeveralChunksAndArrivesWhole() throws Exception {
        clamd = new FakeClamd();
        byte[] big = new byte[200_000];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(client().scan(big).infected()).isFalse();
        assertThat(clamd.received.get()).hasSize(200_000);
        assertThat(clamd.chunks.get()).isGreaterThan(1);
    }

    @Test
    void anErrorAnswerOrAnUnreachableDaemonIsAnIoException() throws Exception {
        assertThatThrownBy(() -> ClamdClient.verdict("INSTREAM size limit exceeded. ERROR"))
                .isInstanceOf(IOException.class);
        int freePort;
        try (ServerSocket probe = new ServerSocket(0)) {
            freePort = probe.getLocalPort();
        }
        ClamdClient nobody = new ClamdClient("127.0.0.1", freePort, 1000);
        assertThatThrownBy(() -> nobody.scan(new byte[] {1})).isInstanceOf(IOException.class);
    }

    private ClamdClient client() {
        return new ClamdClient("127.0.0.1", clamd.port(), 5000);
    }

    /** Answers like clamd: "stream: OK", or "stream: Eicar-Test-Signature FOUND". */
    static final class FakeClamd implements AutoCloseable {

        final ServerSocket server = new ServerSocket(0);
        final AtomicReference<String> command = new AtomicReference<>();
        final AtomicReference<String> received = new AtomicReference<>();
        final AtomicReference<Integer> chunks = new AtomicReference<>(0);
        final Thread thread = new Thread(this::serveOnce, "fake-clamd");

        FakeClamd() throws IOException {
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return server.getLocalPort();
        }

        private void serveOnce() {
            try (Socket socket = server.accept()) {
                DataInputStream in = new DataInputStream(socket.getInputStream());
                ByteArrayOutputStream name = new ByteArrayOutputStream();
                int b;
                while ((b = in.read()) != 0) {
                    name.write(b);
                }
                command.set(name.toString(StandardCharsets.US_ASCII));
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                int length;
                int count = 0;
                while ((length = in.readInt()) > 0) {
                    content.write(in.readNBytes(length));
                    count++;
                }
                chunks.set(count);
                String text = content.toString(StandardCharsets.US_ASCII);
                received.set(text);
                String answer =
                        text.contains("EICAR-STANDARD-ANTIVIRUS-TEST-FILE")
                                ? "stream: Eicar-Test-Signature FOUND"
                                : "stream: OK";
                OutputStream out = socket.getOutputStream();
                out.write((answer + "\0").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                // The test fails on the client's side.
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
