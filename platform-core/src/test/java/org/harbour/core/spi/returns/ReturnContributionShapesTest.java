package org.harbour.core.spi.returns;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReturnContributionShapesTest {

    @Test
    void aDefinitionBelongsToItsModuleAndNeedsOneOfItsPermissions() {
        ReturnPeriodRule rule = ReturnPeriodRule.aprilToMarch();
        assertThat(new ReturnDefinition("youth-justice-yjb", "YJB case-level data", "youth-justice",
                "youth-justice:returns", rule).id()).isEqualTo("youth-justice-yjb");
        assertThatThrownBy(() -> new ReturnDefinition("ssda903", "SSDA903", "youth-justice", "youth-justice:returns", rule))
                .hasMessageContaining("named after its module");
        assertThatThrownBy(() -> new ReturnDefinition("send-sen2", "SEN2", "send", "core:records", rule))
                .hasMessageContaining("permission of its own module");
        assertThatThrownBy(() -> new ReturnDefinition("Send_SEN2", "SEN2", "send", "send:returns", rule))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileKeepsItsOwnCopyOfTheBytesAndASafeName() {
        byte[] bytes = {1, 2, 3};
        ReturnFile file = new ReturnFile("903_header.csv", "text/csv", bytes);
        bytes[0] = 9;
        byte[] read = file.content();
        read[1] = 9;
        assertThat(file.content()).containsExactly(1, 2, 3);
        assertThat(file.size()).isEqualTo(3);
        assertThat(new ReturnFile("cin.xml", "application/xml; charset=UTF-8", new byte[0]).size()).isZero();
        for (String bad : new String[] {"../etc/passwd", "a b.csv", ".hidden", "x/y.csv", ""}) {
            assertThatThrownBy(() -> new ReturnFile(bad, "text/csv", bytes)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new ReturnFile("a.csv", "text/csv\r\nX-Evil: 1", bytes)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMessageLinksOnlyToAPageOfThePortal() {
        ValidationMessage message = ValidationMessage.error("HELLO-1", "Temporary placement still open", 12L, "PLACE",
                "/case/involvement.xhtml?person=12&kind=placement-episode&id=4");
        assertThat(message.severity()).isEqualTo(ValidationMessage.Severity.ERROR);
        assertThat(ValidationMessage.warning("103", "Check the date", null, null, null).link()).isNull();
        for (String bad : new String[] {"https://evil.example/", "//evil.example/x", "javascript:alert(1)",
                "/case/child.xhtml?id=1\" onclick=\"x", "case/child.xhtml"}) {
            assertThatThrownBy(() -> ValidationMessage.error("R1", "m", 1L, "F", bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> ValidationMessage.error("R 1", "m", 1L, "F", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ValidationMessage.error("R1", " ", 1L, "F", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
