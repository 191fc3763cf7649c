package org.harbour.youthjustice.measures.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * What disproportionality compares children by, each with its groups (in the order shown) and the
 * reference group every other group's rate is divided by: White children for ethnicity (as the
 * YJB's and the Ministry of Justice's tables do), girls for sex, the younger band for age, children
 * not looked after for looked-after status. A child's group is read on the day of the event.
 */
public enum Dimension {

    ETHNICITY("Ethnic group", List.of("WHITE", "MIXED", "ASIAN", "BLACK", "OTHER"), "WHITE"),
    SEX("Sex", List.of("F", "M"), "F"),
    AGE("Age", List.of("10-14", "15-17"), "10-14"),
    LOOKED_AFTER("Looked-after status", List.of("NOT_LOOKED_AFTER", "LOOKED_AFTER"), "NOT_LOOKED_AFTER");

    /** The group of a child whose ethnicity, sex or age is not recorded (or was refused): counted apart, never rated. */
    public static final String NOT_KNOWN = "NOT_KNOWN";

    private final String label;
    private final List<String> groups;
    private final String reference;

    Dimension(String label, List<String> groups, String reference) {
        this.label = label;
        this.groups = groups;
        this.reference = reference;
    }

    public String getLabel() {
        return label;
    }

    public List<String> groups() {
        return groups;
    }

    public String reference() {
        return reference;
    }

    /** The child's group on the day: {@link #NOT_KNOWN} when the record does not say. */
    public String groupOf(ChildTraits child, LocalDate on) {
        return switch (this) {
            case ETHNICITY -> ethnicGroup(child.ethnicity());
            case SEX -> "F".equals(child.sex()) || "M".equals(child.sex()) ? child.sex() : NOT_KNOWN;
            case AGE -> child.dateOfBirth() == null ? NOT_KNOWN
                    : Period.between(child.dateOfBirth(), on).getYears() <= 14 ? "10-14" : "15-17";
            case LOOKED_AFTER -> child.lookedAfterOn().test(on) ? "LOOKED_AFTER" : "NOT_LOOKED_AFTER";
        };
    }

    /**
     * The DfE's ethnicity codes by their major group (the first letter, Chinese with Asian as the 2021
     * Census places it); refused, not obtained or missing are not known.
     */
    static String ethnicGroup(String code) {
        if (code == null || code.isBlank() || "REFU".equals(code) || "NOBT".equals(code)) {
            return NOT_KNOWN;
        }
        if ("CHNE".equals(code)) {
            return "ASIAN";
        }
        return switch (code.charAt(0)) {
            case 'W' -> "WHITE";
            case 'M' -> "MIXED";
            case 'A' -> "ASIAN";
            case 'B' -> "BLACK";
            default -> "OTHER";
        };
    }

    /** The label of a group as the page shows it. */
    public static String groupLabel(String group) {
        return switch (group) {
            case "WHITE" -> "White";
            case "MIXED" -> "Mixed or multiple";
            case "ASIAN" -> "Asian";
            case "BLACK" -> "Black";
            case "OTHER" -> "Other ethnic group";
            case "F" -> "Girls";
            case "M" -> "Boys";
            case "10-14" -> "Aged 10 to 14";
            case "15-17" -> "Aged 15 to 17";
            case "LOOKED_AFTER" -> "Looked after";
            case "NOT_LOOKED_AFTER" -> "Not looked after";
            default -> "Not known";
        };
    }
}
