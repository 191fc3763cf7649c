package org.harbour.core.api.input;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import org.harbour.core.api.problem.ProblemException;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads every JSON request body bound to an object, for core's resources and every module's, so that a body
 * a client got wrong is a 400 problem naming the field instead of a server error: broken JSON (with where),
 * a value of the wrong type, an impossible date, a number out of range. It reads at most the configured
 * limit ({@code harbour.api.max-json-bytes}), only UTF-8, and no deeper nesting than a real form has.
 * Binding itself is left to JSON-B, so what a valid body becomes is unchanged.
 */
@Provider
@Priority(1)
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<Object> {

    /** Far deeper than any request body of the API; a deeper one is an attack on the parser's stack. */
    static final int MAX_DEPTH = 32;

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final BodyFields FIELDS = new BodyFields(JSONB);

    private final RequestLimits limits = RequestLimits.fromConfig();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !(type == String.class || type == Object.class || type.isPrimitive() || type == byte[].class
                || type == char[].class || InputStream.class.isAssignableFrom(type) || Reader.class.isAssignableFrom(type)
                || File.class.isAssignableFrom(type) || JsonValue.class.isAssignableFrom(type)
                || MultivaluedMap.class.isAssignableFrom(type) || type.getName().startsWith("jakarta.activation."));
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        byte[] bytes = entityStream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.json() + 1));
        if (bytes.length > limits.json()) {
            throw InputProblems.tooLarge(limits.json());
        }
        String text = utf8(bytes);
        if (text.isBlank()) {
            throw InputProblems.invalid("", "Send the request body as a JSON object: {...}.");
        }
        JsonValue body = parse(text);
        BodyFields.Misfit misfit = FIELDS.find(body, genericType);
        if (misfit != null) {
            throw InputProblems.invalid(misfit.field(), misfit.message());
        }
        try {
            return JSONB.fromJson(text, genericType);
        } catch (RuntimeException e) {
            throw InputProblems.invalid("", "The body does not fit this request: see its documented fields.");
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw InputProblems.invalid("", "The body is not UTF-8 text.");
        }
    }

    /** The body as a JSON tree, after a pass that refuses broken JSON (saying where) and deep nesting. */
    private static JsonValue parse(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            int depth = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    if (++depth > MAX_DEPTH) {
                        throw InputProblems.invalid("", "The body nests objects and lists more than " + MAX_DEPTH
                                + " deep.");
                    }
                } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    depth--;
                }
            }
        } catch (JsonParsingException e) {
            throw InputProblems.invalid("", "The body is not valid JSON" + where(e.getLocation()) + ".");
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            throw InputProblems.invalid("", "The body is not valid JSON.");
        }
        try {
            return Json.createReader(new StringReader(text)).readValue();
        } catch (RuntimeException e) {
            throw InputProblems.invalid("", "The body is not valid JSON.");
        }
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }
}
