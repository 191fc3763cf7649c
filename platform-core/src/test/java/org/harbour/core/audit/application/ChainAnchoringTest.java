package org.harbour.core.audit.application;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ChainAnchoringTest {

    @Test
    void theKeyingMigrationIsFoundByItsDescriptionWhateverItsNumber() throws Exception {
        Path folder = Path.of(ChainAnchoringTest.class.getClassLoader().getResource("db/migration/core").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            // Flyway's description is the name after "__", underscores read as spaces.
            assertThat(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .map(n -> n.substring(n.indexOf("__") + 2, n.length() - 4).replace('_', ' ')))
                    .containsOnlyOnce(ChainAnchoring.KEYING_MIGRATION);
        }
    }
}
