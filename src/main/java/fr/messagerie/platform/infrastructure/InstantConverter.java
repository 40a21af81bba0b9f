package fr.messagerie.platform.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores {@link Instant} as a {@code TIMESTAMP WITH TIME ZONE}. Without it EclipseLink 4 writes an
 * Instant as a Java-serialized {@code bytea}, which no query, index or report could use. The
 * database type is {@link OffsetDateTime} because both H2 and PostgreSQL drivers map that type
 * natively to the column, whatever the server's time zone.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
