package org.harbour.performance.ssda903.domain;

import java.util.HashSet;
import java.util.Set;

/**
 * The SSDA903 code lists of a collection year (the DfE changes them between years: sex became
 * M/F/U in 2024-25, K3 supported accommodation arrived in 2024-25). Chosen by the first year of
 * the collection, e.g. 2025 for 2025-26.
 */
public record Ssda903Codes(Set<String> sex, Set<String> ethnicity, Set<String> reasonNewEpisode,
                           Set<String> legalStatus, Set<String> categoryOfNeed, Set<String> placement,
                           Set<String> reasonCeased) {

    private static final Set<String> ETHNICITY = Set.of("WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA",
            "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");
    private static final Set<String> RNE = Set.of("S", "L", "P", "T", "U", "B");
    private static final Set<String> LEGAL = Set.of("C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3",
            "J1", "J2", "J3");
    private static final Set<String> NEED = Set.of("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8");
    private static final Set<String> PLACEMENTS = Set.of("A3", "A4", "A5", "A6", "K1", "K2", "P1", "P3", "R1",
            "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12",
            "Z13", "Z14");
    private static final Set<String> REC = Set.of("E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45",
            "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9", "E14", "E15", "E16", "E17", "X1");

    public static Ssda903Codes forYear(int firstYear) {
        Set<String> sex = firstYear >= 2024 ? Set.of("M", "F", "U") : Set.of("1", "2");
        Set<String> placement = PLACEMENTS;
        if (firstYear >= 2024) {
            Set<String> withSupported = new HashSet<>(PLACEMENTS);
            withSupported.add("K3");
            placement = Set.copyOf(withSupported);
        }
        return new Ssda903Codes(sex, ETHNICITY, RNE, LEGAL, NEED, placement, REC);
    }

    /** The recorded sex (M, F or U) as the year's return writes it: unchanged from 2024-25, 1 or 2 before. */
    public String sexCode(String recorded) {
        if (recorded == null || sex.contains(recorded)) {
            return recorded;
        }
        return switch (recorded) {
            case "M" -> "1";
            case "F" -> "2";
            default -> recorded;
        };
    }
}
