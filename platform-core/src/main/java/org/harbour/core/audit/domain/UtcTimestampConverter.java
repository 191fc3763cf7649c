package org.harbour.core.audit.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores an instant as its UTC wall-clock time in a zone-less TIMESTAMP column. The plain JDBC
 * conversion goes through the server's time zone, which repeats an hour when the clocks go back:
 * a re-read audit time would then differ from the hashed one, and the database would not hold UTC.
 */
@Converter
public class UtcTimestampConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : toUtcTimestamp(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : fromUtcTimestamp(timestamp);
    }

    public static Timestamp toUtcTimestamp(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    public static Instant fromUtcTimestamp(Timestamp timestamp) {
        return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
