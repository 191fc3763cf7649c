package org.harbour.core.spi.module;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module's version, compared part by part as numbers ({@code 1.10.0} is newer than
 * {@code 1.9.0}; a missing part counts as 0, so {@code 1.2} equals {@code 1.2.0}). A suffix
 * after a hyphen marks a version before its release, as in semantic versioning:
 * {@code 1.0.0-beta} comes before {@code 1.0.0}.
 */
public final class ModuleVersion implements Comparable<ModuleVersion>, Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORM = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,9}){0,2})(?:-([0-9A-Za-z.-]+))?");

    private final String text;
    private final int[] parts;
    private final String preRelease;

    private ModuleVersion(String text, int[] parts, String preRelease) {
        this.text = text;
        this.parts = parts;
        this.preRelease = preRelease;
    }

    /** @throws IllegalArgumentException when the text is not one to three numbers with dots, and an optional suffix */
    public static ModuleVersion parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a version: write e.g. 1.2.0");
        }
        int[] numbers = new int[3];
        String[] given = m.group(1).split("\\.");
        for (int i = 0; i < given.length; i++) {
            numbers[i] = Integer.parseInt(given[i]);
        }
        return new ModuleVersion(text.strip(), numbers, m.group(2));
    }

    public static boolean isValid(String text) {
        return text != null && FORM.matcher(text.strip()).matches();
    }

    @Override
    public int compareTo(ModuleVersion other) {
        int byNumbers = Arrays.compare(parts, other.parts);
        if (byNumbers != 0) {
            return byNumbers;
        }
        if (preRelease == null || other.preRelease == null) {
            return preRelease == null ? (other.preRelease == null ? 0 : 1) : -1;
        }
        return preRelease.compareTo(other.preRelease);
    }

    public boolean isAtLeast(ModuleVersion minimum) {
        return compareTo(minimum) >= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModuleVersion other && compareTo(other) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(parts), preRelease);
    }

    /** As written in the descriptor. */
    @Override
    public String toString() {
        return text;
    }
}
