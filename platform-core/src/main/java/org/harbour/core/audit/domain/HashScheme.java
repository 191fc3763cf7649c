package org.harbour.core.audit.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * How an entry's hash was made. Entries written before the chain was keyed carry a plain SHA-256,
 * which anyone with write access to the database could recompute; every entry since carries an
 * HMAC under the deployment's audit key.
 */
public enum HashScheme {

    /** SHA-256 of the entry's fields: the rule before the chain was keyed. */
    SHA256(0),
    /** HMAC-SHA256 under the audit key. */
    HMAC_SHA256(1);

    private final int code;

    HashScheme(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The scheme of that number, or null for a number Harbour never writes. */
    public static HashScheme ofCode(int code) {
        for (HashScheme scheme : values()) {
            if (scheme.code == code) {
                return scheme;
            }
        }
        return null;
    }

    /**
     * Stored as its number (column {@code hash_scheme}). An unknown number reads as null rather than
     * failing the load, so verification can name the entry instead of stopping with an error.
     */
    @Converter
    public static class Column implements AttributeConverter<HashScheme, Short> {

        @Override
        public Short convertToDatabaseColumn(HashScheme scheme) {
            return scheme == null ? null : (short) scheme.code;
        }

        @Override
        public HashScheme convertToEntityAttribute(Short code) {
            return code == null ? null : ofCode(code);
        }
    }
}
