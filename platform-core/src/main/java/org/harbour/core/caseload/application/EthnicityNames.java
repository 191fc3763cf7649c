package org.harbour.core.caseload.application;

import java.util.Map;

/** What the DfE ethnicity codes of the children's census returns stand for. */
public final class EthnicityNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("WBRI", "White British"),
            Map.entry("WIRI", "White Irish"),
            Map.entry("WIRT", "Traveller of Irish heritage"),
            Map.entry("WROM", "Gypsy / Roma"),
            Map.entry("WOTH", "Any other White background"),
            Map.entry("MWBC", "White and Black Caribbean"),
            Map.entry("MWBA", "White and Black African"),
            Map.entry("MWAS", "White and Asian"),
            Map.entry("MOTH", "Any other mixed background"),
            Map.entry("AIND", "Indian"),
            Map.entry("APKN", "Pakistani"),
            Map.entry("ABAN", "Bangladeshi"),
            Map.entry("AOTH", "Any other Asian background"),
            Map.entry("BCRB", "Black Caribbean"),
            Map.entry("BAFR", "Black African"),
            Map.entry("BOTH", "Any other Black background"),
            Map.entry("CHNE", "Chinese"),
            Map.entry("OOTH", "Any other ethnic group"),
            Map.entry("REFU", "Refused"),
            Map.entry("NOBT", "Information not yet obtained"));

    private EthnicityNames() {
    }

    /** The description of a code, the code itself when unknown, or null for no code. */
    public static String describe(String code) {
        return code == null ? null : NAMES.getOrDefault(code, code);
    }
}
