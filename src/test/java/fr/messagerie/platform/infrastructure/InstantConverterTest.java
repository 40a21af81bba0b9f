package fr.messagerie.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private static final Instant INSTANT = Instant.parse("2026-11-29T17:38:15.916589Z");

    private final InstantConverter converter = new InstantConverter();

    @Test
    void writesAnOffsetDateTimeInUtcWithoutLosingPrecision() {
        assertThat(converter.convertToDatabaseColumn(INSTANT))
                .isEqualTo(
                        OffsetDateTime.of(2026, 11, 29, 17, 38, 15, 916_589_000, ZoneOffset.UTC));
    }

    @Test
    void readsTheSameInstantWhateverOffsetTheDriverGivesBack() {
        OffsetDateTime inParis = INSTANT.atOffset(ZoneOffset.ofHours(1));

        assertThat(converter.convertToEntityAttribute(inParis)).isEqualTo(INSTANT);
    }

    @Test
    void nullStaysNull() {
        assertThat(converter.convertToEntityAttribute(null)).isNull();
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
    }
}
