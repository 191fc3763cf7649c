package org.harbour.core.spi.settings;

import org.harbour.core.spi.calendar.Timescale;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A module's settings as the administrator set them, or as declared by default. A module reads
 * only settings it declared ({@link SettingDefinition}); reading any other key is a programming
 * error and throws {@link UndeclaredSettingException}; reading a setting as a kind it is not
 * declared as (a yes-or-no as a number, say) throws {@link IllegalArgumentException}. A stored value that the declaration no
 * longer allows (written into the table by hand) reads as the default, with a warning logged.
 */
public interface ModuleSettings {

    /** The value in its stored form, whatever its kind. */
    String text(String moduleId, String key);

    /** A {@link SettingType#WHOLE_NUMBER} setting. */
    int intValue(String moduleId, String key);

    /** A {@link SettingType#DECIMAL} or {@link SettingType#WHOLE_NUMBER} setting. */
    BigDecimal decimalValue(String moduleId, String key);

    /** A {@link SettingType#BOOLEAN} setting. */
    boolean booleanValue(String moduleId, String key);

    /** A {@link SettingType#TIMESCALE} setting, named by its key. */
    Timescale timescale(String moduleId, String key);

    /** The declaration, for a module that shows its own settings' meaning. */
    SettingDefinition definition(String moduleId, String key);

    /** As {@link #text}; kept for callers written before settings were typed. Never empty for a declared key. */
    default Optional<String> value(String moduleId, String key) {
        return Optional.of(text(moduleId, key));
    }
}
