package fr.messagerie.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void hostileTextCannotForgeASecondLineOrOverflowItsColumn() {
        AuditEvent event =
                AuditEvent.of(
                        Instant.EPOCH,
                        1L,
                        "particulier",
                        AuditAction.ACCESS_REFUSED,
                        "CONVERSATION",
                        "MSG-2026-AAAA\r\n2026-11-29 audit SIGN_IN_SUCCEEDED admin"
                                + "x".repeat(100),
                        "detail\u2028forged");
        assertThat(event.targetId().orElseThrow())
                .doesNotContain("\n", "\r")
                .hasSize(AuditEvent.MAX_TARGET_ID_LENGTH);
        assertThat(event.detail()).contains("detail forged");
    }

    @Test
    void blankTextsAreStoredAsNothing() {
        AuditEvent event =
                AuditEvent.of(Instant.EPOCH, null, " ", AuditAction.SIGN_IN_FAILED, null, null, "");
        assertThat(event.actorLogin()).isEmpty();
        assertThat(event.detail()).isEmpty();
    }

    @Test
    void theEntityOffersNoWayToChangeAnEventOnceBuilt() {
        assertThat(AuditEvent.class.getMethods())
                .noneMatch(m -> m.getName().startsWith("set") || m.getName().startsWith("change"));
    }
}
