package org.harbour.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertFalse;

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
        EvaluationResult result = ModuleBoundaryRules.importsCoreOnlyThroughSpi(basePackage()).evaluate(classes);
        assertFalse(result.hasViolation(), result.getFailureReport()::toString);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        EvaluationResult result = ModuleBoundaryRules.noCyclesBetweenFeatures(basePackage()).evaluate(classes);
        assertFalse(result.hasViolation(), result.getFailureReport()::toString);
    }

    @Test
    void pagesAndRestCallApplicationServicesOnly() {
        EvaluationResult result = ModuleBoundaryRules.pagesAndRestCallApplicationServicesOnly(basePackage()).evaluate(classes);
        assertFalse(result.hasViolation(), result.getFailureReport()::toString);
    }

    @Test
    void restReturnsNoEntity() {
        EvaluationResult result = ModuleBoundaryRules.noEntityReturnedFromRest(basePackage()).evaluate(classes);
        assertFalse(result.hasViolation(), result.getFailureReport()::toString);
    }

    @Test
    void serialisableClassesKeepSerialisableFields() {
        EvaluationResult result = ModuleBoundaryRules.serialisableClassesKeepSerialisableFields(basePackage()).evaluate(classes);
        assertFalse(result.hasViolation(), result.getFailureReport()::toString);
    }
}
