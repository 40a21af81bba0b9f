package fr.messagerie.platform.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonReaderFactory;
import java.util.Map;

/**
 * The application's JSON-P factories, made once. Each {@code Json.createObjectBuilder()} or {@code
 * Json.createReader()} looks the provider up again through the class loader's service files, and
 * under load the notification consumers queued on that lookup (flight recorder: the class loader's
 * lock in every publish, parse and SMS). The factories are thread-safe.
 */
public final class JsonFactories {

    public static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    public static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonFactories() {}
}
