package org.harbour.core.module;

import org.harbour.core.spi.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleGraphTest {

    private static ModuleDescriptor module(String id, String... requires) {
        return versioned(id, "1.0.0", requires);
    }

    private static ModuleDescriptor versioned(String id, String version, String... requires) {
        return new ModuleDescriptor(id, id, version, "", List.of(requires), "test." + id);
    }

    private static List<String> ids(ModuleGraph graph) {
        return graph.ordered().stream().map(ModuleDescriptor::getId).toList();
    }

    @Test
    void ordersEveryModuleAfterTheModulesItRequires() {
        ModuleGraph graph = ModuleGraph.of(List.of(
                module("performance", "send", "youth-justice"),
                module("send"),
                module("youth-justice", "core"),
                module("alpha", "performance")));

        assertThat(graph.problems()).isEmpty();
        assertThat(ids(graph)).containsExactly("send", "youth-justice", "performance", "alpha")
                .doesNotContain("core");
    }

    @Test
    void independentModulesComeInIdOrderSoStartUpIsRepeatable() {
        ModuleGraph graph = ModuleGraph.of(List.of(module("send"), module("pause"), module("continuing-care")));

        assertThat(ids(graph)).containsExactly("continuing-care", "pause", "send");
    }

    @Test
    void noModulesIsValid() {
        ModuleGraph graph = ModuleGraph.of(List.of());

        assertThat(graph.isValid()).isTrue();
        assertThat(graph.ordered()).isEmpty();
    }

    @Test
    void duplicateIdNamesBothDeclaringClasses() {
        ModuleGraph graph = ModuleGraph.of(List.of(module("send"), module("send")));

        assertThat(graph.isValid()).isFalse();
        assertThat(graph.problems()).singleElement().asString()
                .contains("'send' is declared twice").contains("test.send");
        assertThat(graph.ordered()).isEmpty();
    }

    @Test
    void missingDependencyNamesTheModuleAndWhatItNeeds() {
        ModuleGraph graph = ModuleGraph.of(List.of(module("performance", "finance")));

        assertThat(graph.problems()).containsExactly(
                "Module 'performance' requires module 'finance', which is not deployed.");
    }

    @Test
    void cycleIsReportedWithItsPath() {
        ModuleGraph graph = ModuleGraph.of(List.of(module("a", "b"), module("b", "c"), module("c", "a")));

        assertThat(graph.problems()).containsExactly("Modules depend on each other in a cycle: a -> b -> c -> a.");
    }

    @Test
    void invalidAndReservedIdsAreRefused() {
        ModuleGraph graph = ModuleGraph.of(List.of(module("Send"), module("core"), module("send--x"), module("ok-1")));

        assertThat(graph.problems()).hasSize(3).allSatisfy(p -> assertThat(p).contains("invalid id"));
    }

    @Test
    void aRequiredVersionIsMetByThatVersionOrANewerOneComparedAsNumbers() {
        ModuleGraph graph = ModuleGraph.of(List.of(
                versioned("performance", "1.10.0"),
                versioned("send", "2.0"),
                module("returns", "performance >= 1.9.0", "send>=2.0.0", "core")));

        assertThat(graph.problems()).isEmpty();
        assertThat(ids(graph)).containsExactly("performance", "send", "returns");
    }

    @Test
    void aTooOldModuleIsRefusedNamingBothVersions() {
        ModuleGraph graph = ModuleGraph.of(List.of(
                versioned("performance", "1.9.0"),
                module("returns", "performance >= 1.10.0")));

        assertThat(graph.problems()).containsExactly("Module 'returns' requires module 'performance' version 1.10.0"
                + " or later, but version 1.9.0 is deployed.");
        assertThat(graph.ordered()).isEmpty();
    }

    @Test
    void aMissingModuleWithAVersionIsRefusedNamingTheVersion() {
        ModuleGraph graph = ModuleGraph.of(List.of(module("returns", "performance >= 1.2.0")));

        assertThat(graph.problems()).containsExactly("Module 'returns' requires module 'performance' version 1.2.0"
                + " or later, which is not deployed.");
    }

    @Test
    void aPreReleaseDoesNotMeetItsRelease() {
        ModuleGraph graph = ModuleGraph.of(List.of(
                versioned("performance", "2.0.0-beta"),
                module("returns", "performance >= 2.0.0")));

        assertThat(graph.problems()).singleElement().asString().contains("but version 2.0.0-beta is deployed");
    }

    @Test
    void unreadableVersionsAndRequirementsAreRefusedSayingWhatToWrite() {
        ModuleGraph graph = ModuleGraph.of(List.of(
                versioned("performance", "one"),
                module("returns", "performance > 1.0.0"),
                module("finance", "send >= 1.x"),
                module("send", "core >= 1.0.0")));

        assertThat(graph.problems()).containsExactlyInAnyOrder(
                "Module 'performance' has an invalid version 'one': write up to three numbers with dots, e.g. 1.2.0.",
                "Module 'returns' has an invalid requirement: 'performance > 1.0.0' is not a requirement:"
                        + " write 'other-module' or 'other-module >= 1.2.0'.",
                "Module 'finance' has an invalid requirement: '1.x' is not a version: write e.g. 1.2.0.",
                "Module 'send' requires module 'core' version 1.0.0 or later, but core has no version to compare:"
                        + " require 'core' alone.");
    }
}
