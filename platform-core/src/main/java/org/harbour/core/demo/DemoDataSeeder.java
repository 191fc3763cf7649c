package org.harbour.core.demo;

/**
 * A module's contribution to the demo data loaded on a portal's first start. Seeders run
 * after core's own demo staff and caseload exist, in ascending {@link #order()}.
 */
public interface DemoDataSeeder {

    /** Module id of the contributing module, for logging. */
    String moduleId();

    default int order() {
        return 100;
    }

    void seed(DemoContext context);
}
