package org.harbour.core.persistence;

import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

class InstantConverterTest {

    @Test
    void storesUtcWallClockAndReadsTheSameInstantEvenInTheHourTheClocksGoBack() {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/London"));
        try {
            InstantConverter converter = new InstantConverter();
            // 26 October 2025: 01:00-02:00 happens twice in London.
            for (Instant instant : new Instant[]{Instant.parse("2025-10-26T00:30:00.123Z"),
                    Instant.parse("2025-10-26T01:30:00.456Z"), Instant.parse("2026-07-01T12:00:00Z")}) {
                Timestamp stored = converter.convertToDatabaseColumn(instant);
                assertThat(stored.toLocalDateTime()).isEqualTo(LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC));
                assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(instant);
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
