package fr.messagerie.notification.infrastructure;

import fr.messagerie.platform.infrastructure.JsonFactories;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What travels on the queue: a small, versioned JSON text carrying ids, never an entity, so that
 * producers and consumers of different versions can share a broker during a rolling upgrade.
 * Version 2 carries the ids of one event (the mail and the SMS of an acknowledgement), delivered
 * together; version 1, one id, is still read.
 */
public record NotificationMessage(List<String> notificationIds) {

    static final int VERSION = 2;

    public NotificationMessage {
        notificationIds =
                notificationIds.stream().map(id -> UUID.fromString(id).toString()).toList();
        if (notificationIds.isEmpty()) {
            throw new IllegalArgumentException("a notification message carries at least one id");
        }
    }

    public static NotificationMessage of(String notificationId) {
        return new NotificationMessage(List.of(notificationId));
    }

    public static NotificationMessage of(List<String> notificationIds) {
        return new NotificationMessage(notificationIds);
    }

    public String toJson() {
        JsonArrayBuilder ids = JsonFactories.BUILDERS.createArrayBuilder();
        notificationIds.forEach(ids::add);
        return JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("v", VERSION)
                .add("notificationIds", ids)
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
            return switch (object.getInt("v", -1)) {
                case 1 -> Optional.of(of(object.getString("notificationId")));
                case VERSION ->
                        Optional.of(
                                of(
                                        object
                                                .getJsonArray("notificationIds")
                                                .getValuesAs(JsonString.class)
                                                .stream()
                                                .map(JsonString::getString)
                                                .toList()));
                default -> Optional.empty();
            };
        } catch (JsonException
                | ClassCastException
                | NullPointerException
                | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
