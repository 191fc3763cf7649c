package org.harbour.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundary every Harbour module keeps, as ArchUnit rules a module's own tests check against
 * its production classes (see docs/modules/writing-a-module.md, "The boundary held by tests").
 * A module with no page or endpoint yet passes the rules about them: empty is allowed.
 */
public final class ModuleBoundaryRules {

    /** The only part of platform-core a module may use. */
    public static final String CORE_SPI = "org.harbour.core.spi..";

    private ModuleBoundaryRules() {
    }

    /** The module's production classes (tests and test fixtures left out). */
    public static JavaClasses productionClasses(String basePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    /** Nothing of core but its published API, {@code org.harbour.core.spi}. */
    public static ArchRule importsCoreOnlyThroughSpi(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..")
                .should().dependOnClassesThat(resideInAPackage("org.harbour.core..")
                        .and(DescribedPredicate.not(resideInAPackage(CORE_SPI))))
                .because("a module reaches core only through its published API, org.harbour.core.spi")
                .allowEmptyShould(true);
    }

    /** The feature packages directly under the base package depend on each other one way only. */
    public static ArchRule noCyclesBetweenFeatures(String basePackage) {
        return slices().matching(basePackage + ".(*)..").namingSlices("feature $1")
                .should().beFreeOfCycles()
                .because("features are packages a newcomer can change one at a time")
                .allowEmptyShould(true);
    }

    /**
     * Pages ({@code ..web..}) and REST resources ({@code ..api..}) go through application services:
     * no entity manager, no repository, no infrastructure.
     */
    public static ArchRule pagesAndRestCallApplicationServicesOnly(String basePackage) {
        return noClasses().that().resideInAnyPackage(basePackage + "..web..", basePackage + "..api..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", basePackage + "..infrastructure..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .because("the application service checks permission, reach and audit; a page or endpoint must not go round it")
                .allowEmptyShould(true);
    }

    /** No REST method returns a JPA entity, bare or inside a collection or other generic type. */
    public static ArchRule noEntityReturnedFromRest(String basePackage) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(basePackage + "..api..")
                .and().arePublic()
                .should(new ArchCondition<JavaMethod>("not return a JPA entity") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (JavaClass type : method.getReturnType().getAllInvolvedRawTypes()) {
                            if (type.isAnnotatedWith("jakarta.persistence.Entity")) {
                                events.add(SimpleConditionEvent.violated(method,
                                        method.getFullName() + " returns the entity " + type.getName()));
                            }
                        }
                    }
                })
                .allowEmptyShould(true)
                .because("an endpoint answers with a view made for it, never the stored record");
    }

    /**
     * What a serialisable class keeps (a page bean, the summary a page holds) can itself be serialised: a session is
     * saved whole after a page and copied to the other instances of a cluster, and one field that cannot be written
     * stops the page's whole view from being saved or copied (the store only logs it). Checked on the declared types
     * of fields, their type arguments included; an interface such as {@code List} is taken on trust, and injected
     * fields hold the container's serialisable proxies.
     */
    public static ArchRule serialisableClassesKeepSerialisableFields(String basePackage) {
        return fields().that().areDeclaredInClassesThat().resideInAPackage(basePackage + "..")
                .and().areDeclaredInClassesThat().areAssignableTo(java.io.Serializable.class)
                .and().areNotStatic()
                .and(DescribedPredicate.describe("are not transient", (JavaField f) -> !f.getModifiers().contains(JavaModifier.TRANSIENT)))
                .and().areNotAnnotatedWith("jakarta.inject.Inject")
                .should(new ArchCondition<JavaField>("have types that can be serialised") {
                    @Override
                    public void check(JavaField field, ConditionEvents events) {
                        for (JavaClass type : field.getType().getAllInvolvedRawTypes()) {
                            if (!type.isPrimitive() && !type.isArray() && !type.isInterface()
                                    && !type.isEquivalentTo(Object.class) && !type.isAssignableTo(java.io.Serializable.class)) {
                                events.add(SimpleConditionEvent.violated(field,
                                        field.getFullName() + " keeps a " + type.getName() + ", which cannot be serialised"));
                            }
                        }
                    }
                })
                .allowEmptyShould(true)
                .because("a session that cannot be written is neither saved nor copied to the cluster");
    }
}
