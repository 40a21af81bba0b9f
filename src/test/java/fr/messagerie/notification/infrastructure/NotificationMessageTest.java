package fr.messagerie.notification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationMessageTest {

    @Test
    void aMessageCarriesItsVersionAndTheIdOnly() {
        String id = UUID.randomUUID().toString();

        String json = NotificationMessage.of(id).toJson();

        assertThat(json).isEqualTo("{\"v\":1,\"notificationId\":\"" + id + "\"}");
        assertThat(NotificationMessage.parse(json)).contains(new NotificationMessage(id));
    }

    @Test
    void poisonMessagesAreRecognisedNotThrown() {
        assertThat(NotificationMessage.parse(null)).isEmpty();
        assertThat(NotificationMessage.parse("not json")).isEmpty();
        assertThat(NotificationMessage.parse("{\"v\":2,\"notificationId\":\"x\"}")).isEmpty();
        assertThat(NotificationMessage.parse("{\"v\":1,\"notificationId\":\"not-a-uuid\"}"))
                .isEmpty();
        assertThat(NotificationMessage.parse("[]")).isEmpty();
    }
}
