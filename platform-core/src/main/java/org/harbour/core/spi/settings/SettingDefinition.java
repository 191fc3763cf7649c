package org.harbour.core.spi.settings;

import org.harbour.core.spi.calendar.Timescale;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.module.ModuleDescriptor;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A setting a module declares: its key, kind, default, meaning and, for numbers, the range an
 * administrator may choose from. A contribution like any other (a CDI producer on the module's
 * descriptor); the platform stores the default when the setting is first seen, shows it on the
 * modules administration page and checks every change against it.
 *
 * <pre>{@code
 * @Produces
 * SettingDefinition caseloadCap() {
 *     return SettingDefinition.wholeNumber(MODULE, "caseload-cap", 8, "Most women a practitioner works with at once")
 *             .between(6, 10);
 * }
 * }</pre>
 */
public final class SettingDefinition implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int MAX_KEY_LENGTH = 80;

    private final String moduleId;
    private final String key;
    private final SettingType type;
    private final String defaultValue;
    private final String description;
    private final BigDecimal min;
    private final BigDecimal max;

    private SettingDefinition(String moduleId, String key, SettingType type, String defaultValue, String description,
                              BigDecimal min, BigDecimal max) {
        this.moduleId = Objects.requireNonNull(moduleId, "moduleId");
        this.key = Objects.requireNonNull(key, "key");
        this.type = Objects.requireNonNull(type, "type");
        this.description = Objects.requireNonNull(description, "description");
        this.min = min;
        this.max = max;
        if (!KEY.matcher(key).matches() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("Setting key '" + key + "' of module " + moduleId
                    + ": use lower-case letters, digits and single hyphens, at most " + MAX_KEY_LENGTH + " characters");
        }
        if (description.isBlank() || description.length() > SettingType.MAX_LENGTH) {
            throw new IllegalArgumentException("Setting " + name() + " needs a description of 1 to "
                    + SettingType.MAX_LENGTH + " characters");
        }
        if ((min != null || max != null) && !type.isNumeric()) {
            throw new IllegalArgumentException("Setting " + name() + " is " + type.getLabel().toLowerCase()
                    + ": only numbers have bounds");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("Setting " + name() + ": the least value " + min.toPlainString()
                    + " is above the greatest " + max.toPlainString());
        }
        this.defaultValue = type.normalise(defaultValue).filter(this::withinBounds).orElseThrow(() ->
                new IllegalArgumentException("Setting " + name() + ": the default '" + defaultValue
                        + "' is not " + allowed()));
    }

    public static SettingDefinition text(ModuleDescriptor module, String key, String defaultValue, String description) {
        return new SettingDefinition(module.getId(), key, SettingType.TEXT, defaultValue, description, null, null);
    }

    public static SettingDefinition wholeNumber(ModuleDescriptor module, String key, int defaultValue, String description) {
        return new SettingDefinition(module.getId(), key, SettingType.WHOLE_NUMBER, Integer.toString(defaultValue),
                description, null, null);
    }

    public static SettingDefinition decimal(ModuleDescriptor module, String key, BigDecimal defaultValue, String description) {
        return new SettingDefinition(module.getId(), key, SettingType.DECIMAL, defaultValue.toPlainString(),
                description, null, null);
    }

    public static SettingDefinition flag(ModuleDescriptor module, String key, boolean defaultValue, String description) {
        return new SettingDefinition(module.getId(), key, SettingType.BOOLEAN, Boolean.toString(defaultValue),
                description, null, null);
    }

    public static SettingDefinition timescale(ModuleDescriptor module, String key, Timescale defaultValue, String description) {
        return new SettingDefinition(module.getId(), key, SettingType.TIMESCALE, defaultValue.getDescription(),
                description, null, null);
    }

    public static SettingDefinition serviceAreaCode(ModuleDescriptor module, String key, String defaultCode, String description) {
        return new SettingDefinition(module.getId(), key, SettingType.SERVICE_AREA_CODE, defaultCode, description, null, null);
    }

    /** The same setting, allowed only from {@code least} to {@code greatest} inclusive. */
    public SettingDefinition between(long least, long greatest) {
        return between(BigDecimal.valueOf(least), BigDecimal.valueOf(greatest));
    }

    public SettingDefinition between(BigDecimal least, BigDecimal greatest) {
        return new SettingDefinition(moduleId, key, type, defaultValue, description,
                Objects.requireNonNull(least, "least"), Objects.requireNonNull(greatest, "greatest"));
    }

    public SettingDefinition atLeast(long least) {
        return new SettingDefinition(moduleId, key, type, defaultValue, description, BigDecimal.valueOf(least), max);
    }

    public SettingDefinition atMost(long greatest) {
        return new SettingDefinition(moduleId, key, type, defaultValue, description, min, BigDecimal.valueOf(greatest));
    }

    /**
     * The stored form of an administrator's value, or a refusal naming the setting and what is
     * allowed (field: the key).
     */
    public String check(String value) {
        return type.normalise(value).filter(this::withinBounds).orElseThrow(() -> new InvalidInputException(key,
                "Setting " + name() + ": " + (value == null || value.isBlank() ? "enter " + allowed()
                        : "'" + shorten(value.strip()) + "' is not allowed; enter " + allowed()) + ". Nothing was saved."));
    }

    /** Whether a stored value is still one this declaration allows. */
    public boolean allows(String storedValue) {
        return type.normalise(storedValue).filter(this::withinBounds).isPresent();
    }

    private boolean withinBounds(String normalised) {
        if (!type.isNumeric()) {
            return true;
        }
        BigDecimal number = new BigDecimal(normalised);
        return (min == null || number.compareTo(min) >= 0) && (max == null || number.compareTo(max) <= 0);
    }

    /** What an administrator may enter, e.g. {@code a whole number from 6 to 10}. */
    public String allowed() {
        if (min != null && max != null) {
            return type.expected() + " from " + min.toPlainString() + " to " + max.toPlainString();
        }
        if (min != null) {
            return type.expected() + " of at least " + min.toPlainString();
        }
        if (max != null) {
            return type.expected() + " of at most " + max.toPlainString();
        }
        return type.expected();
    }

    /** The range alone, for the administration page: {@code 6 to 10}, {@code at least 1}, or empty. */
    public String getBounds() {
        if (min != null && max != null) {
            return min.toPlainString() + " to " + max.toPlainString();
        }
        if (min != null) {
            return "at least " + min.toPlainString();
        }
        return max != null ? "at most " + max.toPlainString() : "";
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }

    /** {@code <module id>.<key>}, as messages and the audit trail name the setting. */
    public String name() {
        return moduleId + "." + key;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getKey() {
        return key;
    }

    public SettingType getType() {
        return type;
    }

    /** The default in its stored form. */
    public String getDefaultValue() {
        return defaultValue;
    }

    public String getDescription() {
        return description;
    }

    public Optional<BigDecimal> getMin() {
        return Optional.ofNullable(min);
    }

    public Optional<BigDecimal> getMax() {
        return Optional.ofNullable(max);
    }

    @Override
    public String toString() {
        return name() + " (" + type.getLabel() + ", default " + defaultValue + ")";
    }
}
