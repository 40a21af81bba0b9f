package fr.messagerie.platform.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;

/**
 * Stores {@link Instant} as a real timestamp column. Without it EclipseLink 4 writes an Instant as
 * a Java-serialized {@code bytea}, which no query, index or report could use.
 *
 * <p>The column side is declared as {@code Object} because drivers do not agree on what they read
 * back from a {@code TIMESTAMP WITH TIME ZONE}: PostgreSQL's gives a {@link Timestamp}, H2 2.x an
 * {@link OffsetDateTime}. A {@code Timestamp}-typed converter made every read on H2 fail with a
 * ClassCastException.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Object> {

    @Override
    public Object convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (column instanceof OffsetDateTime || column instanceof ZonedDateTime) {
            return Instant.from((TemporalAccessor) column);
        }
        if (column instanceof Instant instant) {
            return instant;
        }
        throw new IllegalArgumentException(
                "Not a timestamp column value: " + column.getClass().getName());
    }
}
