package org.harbour.core.person.api;

import jakarta.json.JsonException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.harbour.core.person.application.InvalidPersonDetails;

/**
 * Reads JSON request bodies here rather than in the JAX-RS provider, so that a body that cannot
 * be read (a date not in YYYY-MM-DD form, an unknown code) is a 400 problem, not a server error.
 */
final class RequestBodies {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private RequestBodies() {
    }

    static <T> T read(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw InvalidPersonDetails.of("", "Send the details as a JSON object");
        }
        try {
            T value = JSONB.fromJson(json, type);
            if (value == null) {
                throw InvalidPersonDetails.of("", "Send the details as a JSON object");
            }
            return value;
        } catch (JsonbException | JsonException e) {
            throw InvalidPersonDetails.of("", "The body is not a readable JSON object of this resource: dates are"
                    + " YYYY-MM-DD and codes must be among those documented");
        }
    }
}
