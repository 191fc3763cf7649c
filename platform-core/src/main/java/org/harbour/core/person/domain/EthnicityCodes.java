package org.harbour.core.person.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The DfE ethnicity codes of the statutory returns (CIN census, SSDA903, SEN2), as reference
 * data of a collection year: the list changes between years, so it is data with a year rather
 * than an enum frozen in the schema.
 */
public final class EthnicityCodes {

    public static final String COLLECTION_YEAR = "2025-26";

    private static final Map<String, String> CODES = new LinkedHashMap<>();

    static {
        CODES.put("WBRI", "White British");
        CODES.put("WIRI", "White Irish");
        CODES.put("WIRT", "Traveller of Irish heritage");
        CODES.put("WROM", "Gypsy/Roma");
        CODES.put("WOTH", "Any other White background");
        CODES.put("MWBC", "White and Black Caribbean");
        CODES.put("MWBA", "White and Black African");
        CODES.put("MWAS", "White and Asian");
        CODES.put("MOTH", "Any other mixed background");
        CODES.put("AIND", "Indian");
        CODES.put("APKN", "Pakistani");
        CODES.put("ABAN", "Bangladeshi");
        CODES.put("AOTH", "Any other Asian background");
        CODES.put("BCRB", "Black Caribbean");
        CODES.put("BAFR", "Black African");
        CODES.put("BOTH", "Any other Black background");
        CODES.put("CHNE", "Chinese");
        CODES.put("OOTH", "Any other ethnic group");
        CODES.put("REFU", "Refused");
        CODES.put("NOBT", "Information not yet obtained");
    }

    private EthnicityCodes() {
    }

    public static boolean isValid(String code) {
        return code != null && CODES.containsKey(code);
    }

    public static Optional<String> label(String code) {
        return Optional.ofNullable(code == null ? null : CODES.get(code));
    }

    /** Code to label, in the DfE's order. */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(CODES);
    }
}
