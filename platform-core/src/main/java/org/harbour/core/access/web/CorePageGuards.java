package org.harbour.core.access.web;

import java.util.Map;
import java.util.Optional;

/**
 * The permission each of core's page folders needs, checked on the server for every request
 * (pages and Faces actions alike) before any finer check such as the right to one child's record.
 */
public final class CorePageGuards {

    public static final String ADMINISTER = "core:administer";
    public static final String AUDIT = "core:audit";
    public static final String RECORDS = "core:records";
    public static final String ALLOCATE = "core:allocate";

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
