package org.harbour.core.module;

import org.harbour.core.spi.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleGraphTest {

    private static ModuleDescriptor module(String id, String... requires) {
        return new ModuleDescriptor(id, id, "1.0.0", "", List.of(requires), "test." + id);
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
}
