package org.harbour.core.api.input;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Walks a JSON request body along the Java type it is bound to and names the first field whose value does
 * not fit: the wrong JSON type, a date that is not a real day in range, a number too large for its field.
 * JSON-B itself reports neither which field failed nor sane limits, and a number such as {@code 1e999999999}
 * is cheap to send but ruinous to compute with, so these are checked before anything is bound.
 */
final class BodyFields {

    /** A field that does not fit, by its path in the body ({@code members[2].name}; empty for the body itself). */
    record Misfit(String field, String message) {
    }

    /** Digits before the decimal point a decimal field accepts: beyond any sum of money or share. */
    static final int MAX_INTEGER_DIGITS = 15;
    static final String NUL = "Text may not contain the NUL character (\\u0000).";
    /** Digits after the point a decimal field accepts. */
    static final int MAX_DECIMAL_PLACES = 10;

    private static final Set<Class<?>> INTEGRAL = Set.of(Long.class, long.class, Integer.class, int.class,
            Short.class, short.class, Byte.class, byte.class, BigInteger.class);
    private static final Set<Class<?>> DECIMAL = Set.of(BigDecimal.class, Double.class, double.class,
            Float.class, float.class);
    private static final Map<Class<?>, Map<String, Type>> PROPERTIES = new ConcurrentHashMap<>();

    private final Jsonb jsonb;

    BodyFields(Jsonb jsonb) {
        this.jsonb = jsonb;
    }

    /** The first misfit in the body, or null when every field fits its type. */
    Misfit find(JsonValue body, Type type) {
        return find(body, type, "");
    }

    private Misfit find(JsonValue value, Type type, String path) {
        Class<?> raw = raw(type);
        if (value.getValueType() == JsonValue.ValueType.NULL || raw == null || raw == Object.class) {
            return null;
        }
        if (raw == LocalDate.class) {
            return value instanceof JsonString s && ApiDates.isValid(s.getString()) ? null
                    : new Misfit(path, ApiDates.EXPECTED);
        }
        if (INTEGRAL.contains(raw)) {
            return integral(value, raw) ? null : new Misfit(path, "Give a whole number" + range(raw) + ".");
        }
        if (DECIMAL.contains(raw)) {
            return decimal(value) ? null : new Misfit(path, "Give a number with at most " + MAX_INTEGER_DIGITS
                    + " digits before the decimal point and " + MAX_DECIMAL_PLACES + " after it.");
        }
        if (raw == Boolean.class || raw == boolean.class) {
            // JSON-B would read any text as false: "maybe" and "yes" must not quietly mean no.
            boolean fits = value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE
                    || value instanceof JsonString s && ("true".equals(s.getString()) || "false".equals(s.getString()));
            return fits ? null : new Misfit(path, expected(raw));
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                return new Misfit(path, "Give a list: [...].");
            }
            Type element = element(type, raw);
            int i = 0;
            for (JsonValue item : value.asJsonArray()) {
                Misfit misfit = find(item, element, path + "[" + i++ + "]");
                if (misfit != null) {
                    return misfit;
                }
            }
            return null;
        }
        if (Map.class.isAssignableFrom(raw)) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return new Misfit(path, "Give an object of named values: {...}.");
            }
            Type valueType = argument(type, 1);
            for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
                Misfit misfit = find(entry.getValue(), valueType, join(path, entry.getKey()));
                if (misfit != null) {
                    return misfit;
                }
            }
            return null;
        }
        if (isBean(raw)) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return new Misfit(path, path.isEmpty() ? "Send a JSON object: {...}." : "Give an object: {...}.");
            }
            Map<String, Type> properties = PROPERTIES.computeIfAbsent(raw, BodyFields::properties);
            for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
                Type propertyType = properties.get(entry.getKey());
                if (propertyType != null) {
                    Misfit misfit = find(entry.getValue(), propertyType, join(path, entry.getKey()));
                    if (misfit != null) {
                        return misfit;
                    }
                }
            }
            return null;
        }
        if (CharSequence.class.isAssignableFrom(raw) && value instanceof JsonString s && s.getString().indexOf('\u0000') >= 0) {
            // PostgreSQL refuses NUL in text, so it would fail the save far from here.
            return new Misfit(path, NUL);
        }
        // Text, true/false, codes: whatever JSON-B makes of them, alone.
        try {
            jsonb.fromJson(value.toString(), type);
            return null;
        } catch (RuntimeException e) {
            return new Misfit(path, expected(raw));
        }
    }

    private static String expected(Class<?> raw) {
        if (raw.isEnum()) {
            return "Use one of: " + Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", ")) + ".";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "Give true or false.";
        }
        if (CharSequence.class.isAssignableFrom(raw)) {
            return "Give text: \"...\".";
        }
        return "This value does not fit the field: see the documented request body.";
    }

    private static boolean integral(JsonValue value, Class<?> raw) {
        BigDecimal number = number(value);
        if (number == null || integerDigits(number) > 19) {
            return false;
        }
        try {
            BigInteger whole = number.toBigIntegerExact();
            if (raw == BigInteger.class) {
                return true;
            }
            long n = whole.longValueExact();
            return n >= min(raw) && n <= max(raw);
        } catch (ArithmeticException e) {
            return false;
        }
    }

    private static boolean decimal(JsonValue value) {
        BigDecimal number = number(value);
        return number != null && integerDigits(number) <= MAX_INTEGER_DIGITS
                && number.stripTrailingZeros().scale() <= MAX_DECIMAL_PLACES;
    }

    /** The number a JSON number (or a short numeric string) holds, without expanding its exponent. */
    private static BigDecimal number(JsonValue value) {
        try {
            if (value instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
            if (value instanceof JsonString s && s.getString().length() <= 40) {
                return new BigDecimal(s.getString().strip());
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Digits before the point, counted from precision and scale so that 1e999999999 costs nothing. */
    private static long integerDigits(BigDecimal number) {
        return (long) number.precision() - number.scale();
    }

    private static long min(Class<?> raw) {
        if (raw == Integer.class || raw == int.class) {
            return Integer.MIN_VALUE;
        }
        if (raw == Short.class || raw == short.class) {
            return Short.MIN_VALUE;
        }
        if (raw == Byte.class || raw == byte.class) {
            return Byte.MIN_VALUE;
        }
        return Long.MIN_VALUE;
    }

    private static long max(Class<?> raw) {
        if (raw == Integer.class || raw == int.class) {
            return Integer.MAX_VALUE;
        }
        if (raw == Short.class || raw == short.class) {
            return Short.MAX_VALUE;
        }
        if (raw == Byte.class || raw == byte.class) {
            return Byte.MAX_VALUE;
        }
        return Long.MAX_VALUE;
    }

    private static String range(Class<?> raw) {
        return raw == BigInteger.class ? "" : " from " + min(raw) + " to " + max(raw);
    }

    private static boolean isBean(Class<?> raw) {
        return !raw.isPrimitive() && !raw.isEnum() && !raw.getName().startsWith("java.")
                && !raw.getName().startsWith("jakarta.");
    }

    /** The properties JSON-B writes into: record components, or fields and setters, by their JSON names. */
    private static Map<String, Type> properties(Class<?> type) {
        Map<String, Type> properties = new HashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                properties.put(jsonName(component, component.getName()), component.getGenericType());
            }
            return properties;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                        && !field.isAnnotationPresent(JsonbTransient.class)) {
                    properties.putIfAbsent(jsonName(field, field.getName()), field.getGenericType());
                }
            }
        }
        for (Method method : type.getMethods()) {
            String name = method.getName();
            if (name.length() > 3 && name.startsWith("set") && method.getParameterCount() == 1
                    && !Modifier.isStatic(method.getModifiers()) && !method.isAnnotationPresent(JsonbTransient.class)) {
                String property = Character.toLowerCase(name.charAt(3)) + name.substring(4);
                properties.put(jsonName(method, property), method.getGenericParameterTypes()[0]);
            }
        }
        return properties;
    }

    private static String jsonName(AnnotatedElement element, String javaName) {
        JsonbProperty annotation = element.getAnnotation(JsonbProperty.class);
        return annotation == null || annotation.value().isEmpty() ? javaName : annotation.value();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        return null;
    }

    private static Type element(Type type, Class<?> raw) {
        if (raw.isArray()) {
            return type instanceof GenericArrayType g ? g.getGenericComponentType() : raw.getComponentType();
        }
        return argument(type, 0);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
