package org.harbour.core.access.web;

import org.harbour.core.spi.access.CorePermissions;

import java.util.Map;
import java.util.Optional;

/**
 * The permission each of core's page folders needs, checked on the server for every request
 * (pages and Faces actions alike) before any finer check such as the right to one child's record.
 */
public final class CorePageGuards {

    public static final String ADMINISTER = CorePermissions.ADMINISTER;
    public static final String AUDIT = CorePermissions.AUDIT;
    public static final String RECORDS = CorePermissions.RECORDS;
    public static final String ALLOCATE = CorePermissions.ALLOCATE;

    private static final Map<String, String> BY_FOLDER = Map.of(
            "admin", ADMINISTER,
            "audit", AUDIT,
            "people", RECORDS,
            "case", RECORDS,
            "work", RECORDS,
            "team", ALLOCATE);

    private CorePageGuards() {
    }

    /** The permission a page under {@code /<folder>/} needs, if the folder is guarded. */
    public static Optional<String> permissionFor(String folder) {
        return Optional.ofNullable(BY_FOLDER.get(folder));
    }
}
