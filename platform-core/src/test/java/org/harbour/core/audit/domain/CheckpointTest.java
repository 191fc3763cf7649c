package org.harbour.core.audit.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointTest {

    private static final ChainKey KEY = ChainKey.decode("ab".repeat(32));
    private static final Checkpoint CHECKPOINT = new Checkpoint("c".repeat(64), 4711, "e".repeat(64),
            Instant.parse("2026-03-01T10:15:02.123Z"));

    @Test
    void aLineNamesTheChainTheEntryItsHashAndTheTimeAndReadsBack() {
        String line = CHECKPOINT.line(KEY);
        assertThat(line).startsWith("v1 chain=" + "c".repeat(64) + " entry=4711 hash=" + "e".repeat(64)
                + " at=2026-03-01T10:15:02.123Z mac=").doesNotContain("\n").matches(".* mac=[0-9a-f]{64}");
        assertThat(Checkpoint.parse(line, KEY)).isEqualTo(CHECKPOINT);
        assertThat(Checkpoint.parse(line + "  ", KEY)).as("trailing blanks").isEqualTo(CHECKPOINT);
    }

    @Test
    void anyChangeToALineIsDetected() {
        String line = CHECKPOINT.line(KEY);
        String[] tampered = {
                line.replace("entry=4711", "entry=4710"),
                line.replace("hash=" + "e".repeat(64), "hash=" + "d".repeat(64)),
                line.replace("chain=" + "c".repeat(64), "chain=" + "b".repeat(64)),
                line.replace("at=2026-03-01T10:15:02.123Z", "at=2026-03-02T10:15:02.123Z"),
                line.substring(0, line.length() - 1) + (line.endsWith("0") ? "1" : "0"),
        };
        for (String altered : tampered) {
            assertThatThrownBy(() -> Checkpoint.parse(altered, KEY)).as(altered)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signature");
        }
        assertThatThrownBy(() -> Checkpoint.parse(line, ChainKey.decode("cd".repeat(32)))).as("another key")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Checkpoint.parse(line.substring(0, 90), KEY)).as("cut short")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a checkpoint");
        assertThatThrownBy(() -> Checkpoint.parse("v1 chain=x entry=1", KEY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyEntriesOfTheChainCanBeCheckpointed() {
        assertThatThrownBy(() -> new Checkpoint("c".repeat(64), 0, "e".repeat(64), Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint("C".repeat(64), 1, "e".repeat(64), Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
