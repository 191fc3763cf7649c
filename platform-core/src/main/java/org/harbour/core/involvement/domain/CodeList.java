package org.harbour.core.involvement.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A list of codes with their descriptions, as a statutory return defines them for a collection
 * year. Records store the code itself, so a later year's list only adds or retires entries.
 */
public final class CodeList implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One code and what it means; getters because Jakarta EL reads no record accessors. */
    public static final class Code implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String value;
        private final String description;

        Code(String value, String description) {
            this.value = value;
            this.description = description;
        }

        public String getValue() {
            return value;
        }

        public String getDescription() {
            return description;
        }

        /** E.g. {@code 1B: Individual: acquaintance}. */
        public String getLabel() {
            return value + ": " + description;
        }
    }

    private final String name;
    private final String source;
    private final Map<String, Code> codes;

    private CodeList(String name, String source, Map<String, Code> codes) {
        this.name = name;
        this.source = source;
        this.codes = Collections.unmodifiableMap(codes);
    }

    /** @param pairs code, description, code, description... */
    public static CodeList of(String name, String source, String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("Codes and descriptions must come in pairs: " + name);
        }
        Map<String, Code> codes = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            codes.put(pairs[i], new Code(pairs[i], pairs[i + 1]));
        }
        return new CodeList(name, source, codes);
    }

    /** What the list is, e.g. {@code ReferralSource}. */
    public String getName() {
        return name;
    }

    /** Where the list comes from, e.g. {@code CIN census 2025-26}. */
    public String getSource() {
        return source;
    }

    public boolean contains(String code) {
        return code != null && codes.containsKey(code);
    }

    public Optional<String> describe(String code) {
        return Optional.ofNullable(code == null ? null : codes.get(code)).map(Code::getDescription);
    }

    /** The code with its description, or the bare code when the list does not know it (an older year's). */
    public String label(String code) {
        if (code == null) {
            return null;
        }
        Code known = codes.get(code);
        return known == null ? code : known.getLabel();
    }

    public List<Code> getCodes() {
        return new ArrayList<>(codes.values());
    }

    public List<String> values() {
        return List.copyOf(codes.keySet());
    }
}
