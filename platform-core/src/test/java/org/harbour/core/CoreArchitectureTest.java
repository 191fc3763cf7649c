package org.harbour.core;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.harbour.core.identity.infrastructure.OidcSettings;
import org.harbour.testing.ModuleBoundaryRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Core's own house: its feature packages ({@code org.harbour.core.<feature>}, the published API
 * {@code spi} being one of them) depend on each other one way only, and the published API stands
 * on its own, so a module that sees only {@code spi} never drags core's machinery in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoreArchitectureTest {

    static final String CORE = "org.harbour.core";

    private JavaClasses classes;

    @BeforeAll
    void importClasses() {
        classes = ModuleBoundaryRules.productionClasses(CORE);
    }

    static ArchRule featuresFreeOfCycles() {
        return slices().matching(CORE + ".(*)..").namingSlices("feature $1")
                .should().beFreeOfCycles()
                .because("a feature of core can be read and changed without the rest of core");
    }

    static ArchRule spiStandsAlone() {
        return noClasses().that().resideInAPackage(CORE + ".spi..")
                .should().dependOnClassesThat(resideInAPackage(CORE + "..")
                        .and(DescribedPredicate.not(resideInAPackage(CORE + ".spi.."))))
                .because("the published API holds only the types modules see; core's machinery implements them elsewhere");
    }

    @Test
    void featurePackagesHaveNoCycles() {
        EvaluationResult result = featuresFreeOfCycles().evaluate(classes);
        assertFalse(result.hasViolation(), result.getFailureReport()::toString);
    }

    @Test
    void publishedApiDependsOnNothingElseOfCore() {
        EvaluationResult result = spiStandsAlone().evaluate(classes);
        assertFalse(result.hasViolation(), result.getFailureReport()::toString);
    }

    /**
     * What holds of core's pages and endpoints today: no entity manager or query, no repository, no
     * infrastructure but the sign-in page's reading of the council sign-in settings. Persistence
     * exceptions are allowed: mapping an optimistic lock failure to "someone else changed it" is
     * the page's or endpoint's job.
     */
    static ArchRule pagesAndRestUseApplicationServices() {
        DescribedPredicate<JavaClass> persistenceMachinery = resideInAPackage("jakarta.persistence..")
                .and(DescribedPredicate.not(JavaClass.Predicates.assignableTo(Throwable.class)));
        DescribedPredicate<JavaClass> infrastructure = resideInAPackage(CORE + "..infrastructure..")
                .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(OidcSettings.class)));
        return noClasses().that().resideInAnyPackage(CORE + "..web..", CORE + "..api..")
                .should().dependOnClassesThat(persistenceMachinery.or(infrastructure)
                        .or(JavaClass.Predicates.simpleNameEndingWith("Repository")))
                .because("the application service checks permission, reach and audit; a page or endpoint must not go round it");
    }

    @Test
    void pagesAndRestCallApplicationServicesOnly() {
        EvaluationResult result = pagesAndRestUseApplicationServices().evaluate(classes);
        assertFalse(result.hasViolation(), result.getFailureReport()::toString);
    }

    @Test
    void restReturnsNoEntity() {
        EvaluationResult result = ModuleBoundaryRules.noEntityReturnedFromRest(CORE).evaluate(classes);
        assertFalse(result.hasViolation(), result.getFailureReport()::toString);
    }

    @Test
    void serialisableClassesKeepSerialisableFields() {
        EvaluationResult result = ModuleBoundaryRules.serialisableClassesKeepSerialisableFields(CORE).evaluate(classes);
        assertFalse(result.hasViolation(), result.getFailureReport()::toString);
    }
}
