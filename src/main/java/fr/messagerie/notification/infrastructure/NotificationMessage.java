package fr.messagerie.notification.infrastructure;

import fr.messagerie.platform.infrastructure.JsonFactories;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Optional;
import java.util.UUID;

/**
 * What travels on the queue: a small, versioned JSON text carrying an id, never an entity, so that
 * producers and consumers of different versions can share a broker during a rolling upgrade.
 */
public record NotificationMessage(String notificationId) {

    static final int VERSION = 1;

    public static NotificationMessage of(String notificationId) {
        return new NotificationMessage(UUID.fromString(notificationId).toString());
    }

    public String toJson() {
        return JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("v", VERSION)
                .add("notificationId", notificationId)
                .build()
                .toString();
    }

    /**
     * Empty for anything that is not a message of ours: a poison message is dropped, not retried.
     */
    public static Optional<NotificationMessage> parse(String json) {
        if (json == null) {
            return Optional.empty();
        }
        try (JsonReader reader = JsonFactories.READERS.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            if (object.getInt("v", -1) != VERSION) {
                return Optional.empty();
            }
            return Optional.of(of(object.getString("notificationId")));
        } catch (JsonException
                | ClassCastException
                | NullPointerException
                | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
