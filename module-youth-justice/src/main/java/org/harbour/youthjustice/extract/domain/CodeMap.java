package org.harbour.youthjustice.extract.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * One version of the code map of the YJB case-level data, read from its table: for each field, the
 * local code (an outcome type, an offence type, the person index's sex and ethnicity) and the code
 * sent. A local code the version does not map has no code here, and the checks name it.
 */
public record CodeMap(String version, Map<Field, Map<String, String>> codes) {

    /** The fields whose codes are mapped. */
    public enum Field { OUTCOME, OFFENCE_TYPE, SEX, ETHNICITY }

    public CodeMap {
        Map<Field, Map<String, String>> copy = new EnumMap<>(Field.class);
        codes.forEach((field, map) -> copy.put(field, Map.copyOf(map)));
        codes = copy;
    }

    /** The code sent for the local code, or null when the local code is missing or not mapped. */
    public String yjb(Field field, String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        return codes.getOrDefault(field, Map.of()).get(local.strip());
    }
}
