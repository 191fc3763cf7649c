package org.harbour.core.spi.demo;

import java.util.Set;

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

    /**
     * Codes of the demo service areas (see {@link DemoAreas}) the module is switched on for before
     * it seeds; core's demo data already switches on the platform's own modules.
     */
    default Set<String> switchedOnIn() {
        return Set.of();
    }

    void seed(DemoContext context);
}
