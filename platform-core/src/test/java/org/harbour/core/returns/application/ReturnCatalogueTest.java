package org.harbour.core.returns.application;

import org.harbour.core.spi.returns.ReturnDefinition;
import org.harbour.core.spi.returns.ReturnPeriodRule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnCatalogueTest {

    private static final ReturnDefinition SEN2 = new ReturnDefinition("send-sen2", "SEN2", "send", "send:returns",
            ReturnPeriodRule.aprilToMarch());

    @Test
    void aReturnJoinsWhenItsModuleIsDeployedItsPermissionDeclaredAndItsIdFree() {
        assertThat(ReturnCatalogue.problem(SEN2, List.of(), Set.of("send:returns"), "send"::equals)).isNull();
        assertThat(ReturnCatalogue.problem(SEN2, List.of(), Set.of("send:returns"), id -> false))
                .contains("not deployed");
        assertThat(ReturnCatalogue.problem(SEN2, List.of("send-sen2"), Set.of("send:returns"), "send"::equals))
                .contains("twice");
        assertThat(ReturnCatalogue.problem(SEN2, List.of(), Set.of("send:access"), "send"::equals))
                .contains("does not declare");
    }
}
