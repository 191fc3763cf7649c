package org.harbour.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The boundary of one module, checked on its production classes. A module's tests extend this
 * and name the module's base package; see {@link ModuleBoundaryRules} for each rule.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ModuleBoundaryTest {

    private JavaClasses classes;

    /** The module's base package, e.g. {@code org.harbour.continuingcare}. */
    protected abstract String basePackage();

    @BeforeAll
    void importClasses() {
        classes = ModuleBoundaryRules.productionClasses(basePackage());
    }

    @Test
    void importsCoreOnlyThroughItsPublishedApi() {
        ModuleBoundaryRules.importsCoreOnlyThroughSpi(basePackage()).check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        ModuleBoundaryRules.noCyclesBetweenFeatures(basePackage()).check(classes);
    }

    @Test
    void pagesAndRestCallApplicationServicesOnly() {
        ModuleBoundaryRules.pagesAndRestCallApplicationServicesOnly(basePackage()).check(classes);
    }

    @Test
    void restReturnsNoEntity() {
        ModuleBoundaryRules.noEntityReturnedFromRest(basePackage()).check(classes);
    }
}
