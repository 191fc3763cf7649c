package org.harbour.core.spi.indicator;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a module's indicator measures, as the scorecard and its catalogue show it: title, outcome
 * group, unit, polarity, optional target, the counting rule in words, where the figures come from,
 * and the expected timescale where the indicator measures one. Its {@link #id()} is the module's
 * id and the indicator's key ({@code continuing-care.referral-to-decision}): stored figures,
 * comparators and addresses use it, so it never changes once figures are frozen under it.
 */
public final class IndicatorSpec implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Stored figures keep ids of up to 60 characters. */
    private static final int MAX_ID = 60;

    private final String moduleId;
    private final String key;
    private final String title;
    private final String outcomeGroup;
    private final IndicatorUnit unit;
    private final IndicatorPolarity polarity;
    private final Double target;
    private final String definition;
    private final String source;
    private final String expectedTimescale;

    private IndicatorSpec(Builder b) {
        this.moduleId = name("module id", b.moduleId);
        this.key = name("key", b.key);
        if (id().length() > MAX_ID) {
            throw new IllegalArgumentException("Indicator id '" + id() + "' is longer than " + MAX_ID + " characters");
        }
        this.title = text("title", b.title);
        this.outcomeGroup = text("outcome group", b.outcomeGroup);
        this.unit = Objects.requireNonNull(b.unit, "unit");
        this.polarity = Objects.requireNonNull(b.polarity, "polarity");
        this.target = b.target;
        this.definition = text("definition", b.definition);
        this.source = text("source", b.source);
        this.expectedTimescale = b.expectedTimescale;
    }

    private static String name(String what, String value) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("An indicator's " + what + " is lower case letters, digits and single "
                    + "hyphens, not '" + value + "'");
        }
        return value;
    }

    private static String text(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An indicator needs a " + what);
        }
        return value;
    }

    /** Starts the spec of the module's indicator named {@code key}. */
    public static Builder of(String moduleId, String key) {
        return new Builder(moduleId, key);
    }

    /** The module's id, a dot and the key. */
    public String id() {
        return moduleId + "." + key;
    }

    public String moduleId() {
        return moduleId;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    /**
     * The scorecard's outcome group, by constant name or title: {@code RIGHT_SUPPORT},
     * {@code LOCALITIES}, {@code BIRTH_FAMILIES}, {@code PERMANENCE}, {@code WORKFORCE},
     * {@code PRACTICE}.
     */
    public String outcomeGroup() {
        return outcomeGroup;
    }

    public IndicatorUnit unit() {
        return unit;
    }

    public IndicatorPolarity polarity() {
        return polarity;
    }

    /** Null when the indicator is not rated. */
    public Double target() {
        return target;
    }

    /** The counting rule in words: what is counted, out of what, and the boundaries. */
    public String definition() {
        return definition;
    }

    /** Where the figures come from (the module's records). */
    public String source() {
        return source;
    }

    /** The timescale the indicator measures against, in words; null when it measures none. */
    public String expectedTimescale() {
        return expectedTimescale;
    }

    /** Fills in a spec; {@link #build()} checks it. */
    public static final class Builder {

        private final String moduleId;
        private final String key;
        private String title;
        private String outcomeGroup;
        private IndicatorUnit unit;
        private IndicatorPolarity polarity;
        private Double target;
        private String definition;
        private String source;
        private String expectedTimescale;

        private Builder(String moduleId, String key) {
            this.moduleId = moduleId;
            this.key = key;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder outcomeGroup(String outcomeGroup) {
            this.outcomeGroup = outcomeGroup;
            return this;
        }

        public Builder unit(IndicatorUnit unit) {
            this.unit = unit;
            return this;
        }

        public Builder polarity(IndicatorPolarity polarity) {
            this.polarity = polarity;
            return this;
        }

        public Builder target(Double target) {
            this.target = target;
            return this;
        }

        public Builder definition(String definition) {
            this.definition = definition;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder expectedTimescale(String expectedTimescale) {
            this.expectedTimescale = expectedTimescale;
            return this;
        }

        public IndicatorSpec build() {
            return new IndicatorSpec(this);
        }
    }
}
