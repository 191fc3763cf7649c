package org.harbour.core.spi.settings;

import java.util.Optional;

/** A module's tunable values as the administrator set them; each module reads its own by id. */
public interface ModuleSettings {

    Optional<String> value(String moduleId, String key);
}
