package org.harbour.core.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as its UTC wall-clock time in a zone-less TIMESTAMP column.
 * EclipseLink 4.0 on Derby would otherwise serialise instants to bytes, and the plain JDBC
 * conversion goes through the server's time zone, which repeats an hour when the clocks go back
 * (an audit time re-read would then differ from the one hashed) and leaves the database not in UTC.
 * JDBC code writing or reading such columns uses {@link #toUtcTimestamp} and {@link #fromUtcTimestamp}.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

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
