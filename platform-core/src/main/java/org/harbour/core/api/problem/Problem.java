package org.harbour.core.api.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem detail: what every error of the REST API answers, with
 * {@code application/problem+json}. Field errors go in the {@code errors} extension member.
 */
public final class Problem {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
    /** Problem types are documented relative to this base. */
    public static final String TYPE_BASE = "https://harbour.example/problems/";

    private final int status;
    private final String title;
    private final String detail;
    private final String type;
    private final List<FieldError> errors = new ArrayList<>();
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    /** One invalid field: its name as the client sent it, and what is wrong. */
    public record FieldError(String field, String message) {
    }

    private Problem(int status, String type, String title, String detail) {
        this.status = status;
        this.type = type;
        this.title = Objects.requireNonNull(title, "title");
        this.detail = detail;
    }

    /** A problem with no type beyond its HTTP status ({@code about:blank}). */
    public static Problem of(Response.Status status, String detail) {
        return new Problem(status.getStatusCode(), "about:blank", status.getReasonPhrase(), detail);
    }

    /** A problem of a Harbour-specific type, e.g. {@code validation} or {@code edit-conflict}. */
    public static Problem typed(Response.Status status, String typeName, String title, String detail) {
        return new Problem(status.getStatusCode(), TYPE_BASE + typeName, title, detail);
    }

    public Problem withError(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** An extension member (RFC 9457 section 3.2), e.g. the current version of a record in conflict. */
    public Problem with(String member, String value) {
        extensions.put(member, value);
        return this;
    }

    public Problem with(String member, long value) {
        extensions.put(member, value);
        return this;
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        extensions.forEach((member, value) -> {
            if (value instanceof Long number) {
                json.add(member, number);
            } else {
                json.add(member, (String) value);
            }
        });
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            json.add("errors", list);
        }
        return json.build().toString();
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson()).build();
    }
}
