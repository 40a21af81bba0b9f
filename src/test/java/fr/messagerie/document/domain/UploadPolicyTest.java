package fr.messagerie.document.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadPolicyTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
    static final byte[] WINDOWS_EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    final UploadPolicy policy = new UploadPolicy(1000, 3);

    @Test
    void acceptsPdfJpegAndPngRecognisedByTheirFirstBytes() {
        assertThat(policy.checkContent("avis.pdf", PDF)).isEmpty();
        assertThat(policy.checkContent("photo.JPG", JPEG)).isEmpty();
        assertThat(policy.checkContent("photo.jpeg", JPEG)).isEmpty();
        assertThat(policy.checkContent("scan.png", PNG)).isEmpty();
    }

    @Test
    void refusesARenamedWindowsExecutableAsAnExecutable() {
        assertThat(policy.checkContent("facture.pdf", WINDOWS_EXE))
                .contains(RefusalReason.EXECUTABLE);
    }

    @Test
    void refusesElfBinariesAndScriptsAsExecutables() {
        assertThat(policy.checkContent("a.png", new byte[] {0x7F, 'E', 'L', 'F', 2}))
                .contains(RefusalReason.EXECUTABLE);
        assertThat(
                        policy.checkContent(
                                "a.pdf", "#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.US_ASCII)))
                .contains(RefusalReason.EXECUTABLE);
    }

    @Test
    void refusesTextOrOfficeFilesWhateverTheirName() {
        assertThat(policy.checkContent("lettre.pdf", "Bonjour".getBytes(StandardCharsets.UTF_8)))
                .contains(RefusalReason.UNSUPPORTED_TYPE);
        assertThat(policy.checkContent("lettre.docx", new byte[] {'P', 'K', 3, 4}))
                .contains(RefusalReason.UNSUPPORTED_TYPE);
    }

    @Test
    void refusesAContentThatDoesNotMatchItsExtension() {
        assertThat(policy.checkContent("scan.pdf", PNG)).contains(RefusalReason.EXTENSION_MISMATCH);
        assertThat(policy.checkContent("scan", PDF)).contains(RefusalReason.EXTENSION_MISMATCH);
    }

    @Test
    void refusesEmptyFilesAndFilesOverTheLimitBeforeReadingThem() {
        assertThat(policy.checkSize(new CandidateFile("vide.pdf", 0)))
                .contains(RefusalReason.EMPTY);
        assertThat(policy.checkSize(new CandidateFile("gros.pdf", 1001)))
                .contains(RefusalReason.TOO_LARGE);
        assertThat(policy.checkSize(new CandidateFile("juste.pdf", 1000))).isEmpty();
    }

    @Test
    void aContentLongerThanDeclaredIsStillRefusedAsTooLarge() {
        byte[] longer = new byte[1001];
        System.arraycopy(PDF, 0, longer, 0, PDF.length);
        assertThat(policy.checkContent("menteur.pdf", longer)).contains(RefusalReason.TOO_LARGE);
    }

    @Test
    void filesBeyondTheMaximumCountAreNamedAsRefused() {
        List<CandidateFile> four =
                List.of(
                        new CandidateFile("1.pdf", 10),
                        new CandidateFile("2.pdf", 10),
                        new CandidateFile("3.pdf", 10),
                        new CandidateFile("4.pdf", 10));
        assertThat(policy.checkCount(four))
                .containsExactly(new FileRefusal("4.pdf", RefusalReason.TOO_MANY_FILES));
        assertThat(policy.checkCount(four.subList(0, 3))).isEmpty();
    }

    @Test
    void fileNamesKeepOnlyTheirLastSegmentAndLoseControlCharacters() {
        assertThat(CandidateFile.cleanName("C:\\Users\\camille\\avis.pdf")).isEqualTo("avis.pdf");
        assertThat(CandidateFile.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(CandidateFile.cleanName("a\"b\r\n.pdf")).isEqualTo("ab.pdf");
        assertThat(CandidateFile.cleanName("  ")).isEqualTo("document");
        assertThat(CandidateFile.cleanName("x".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
    }

    @Test
    void theChecksumIsTheStandardSha256() {
        assertThat(Sha256.hexOf("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void onlyAnInfectedFileIsKeptFromAgents() {
        assertThat(ScanStatus.CLEAN.mayBeOpenedByAgents()).isTrue();
        assertThat(ScanStatus.NOT_SCANNED.mayBeOpenedByAgents()).isTrue();
        assertThat(ScanStatus.INFECTED.mayBeOpenedByAgents()).isFalse();
    }
}
