package fr.messagerie.notification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationMessageTest {

    @Test
    void aMessageCarriesItsVersionAndTheIdsOfOneEventOnly() {
        String mail = UUID.randomUUID().toString();
        String sms = UUID.randomUUID().toString();

        String json = NotificationMessage.of(List.of(mail, sms)).toJson();

        assertThat(json)
                .isEqualTo("{\"v\":2,\"notificationIds\":[\"" + mail + "\",\"" + sms + "\"]}");
        assertThat(NotificationMessage.parse(json))
                .contains(new NotificationMessage(List.of(mail, sms)));
    }

    @Test
    void aVersionOneMessageFromAnEarlierProducerIsStillDelivered() {
        String id = UUID.randomUUID().toString();

        assertThat(NotificationMessage.parse("{\"v\":1,\"notificationId\":\"" + id + "\"}"))
                .contains(NotificationMessage.of(id));
    }

    @Test
    void poisonMessagesAreRecognisedNotThrown() {
        assertThat(NotificationMessage.parse(null)).isEmpty();
        assertThat(NotificationMessage.parse("not json")).isEmpty();
        assertThat(NotificationMessage.parse("{\"v\":3,\"notificationIds\":[]}")).isEmpty();
        assertThat(NotificationMessage.parse("{\"v\":2,\"notificationIds\":[]}")).isEmpty();
        assertThat(NotificationMessage.parse("{\"v\":2,\"notificationIds\":[\"not-a-uuid\"]}"))
                .isEmpty();
        assertThat(NotificationMessage.parse("{\"v\":2,\"notificationIds\":[1]}")).isEmpty();
        assertThat(NotificationMessage.parse("{\"v\":1,\"notificationId\":\"not-a-uuid\"}"))
                .isEmpty();
        assertThat(NotificationMessage.parse("[]")).isEmpty();
    }

    @Test
    void aMessageWithoutAnIdCannotBeMade() {
        assertThatThrownBy(() -> NotificationMessage.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
