package org.harbour.core.audit.infrastructure;

import org.harbour.core.audit.domain.ChainKey;
import org.harbour.core.audit.domain.Checkpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CheckpointFileTest {

    private static final ChainKey KEY = ChainKey.decode("ab".repeat(32));
    private static final String CHAIN = "c".repeat(64);

    @TempDir
    Path dir;

    @Test
    void appendedCheckpointsReadBackInOrderAndTheLatestOfAChainIsFound() {
        CheckpointFile file = new CheckpointFile(dir.resolve("sub/audit-checkpoints.txt"));
        assertThat(file.read(KEY).checkpoints()).as("no file yet").isEmpty();
        Checkpoint first = checkpoint(CHAIN, 10);
        Checkpoint second = checkpoint(CHAIN, 25);
        Checkpoint otherChain = checkpoint("d".repeat(64), 99);
        file.append(first, KEY);
        file.append(otherChain, KEY);
        file.append(second, KEY);
        CheckpointFile.Contents contents = file.read(KEY);
        assertThat(contents.problems()).isEmpty();
        assertThat(contents.checkpoints()).containsExactly(first, otherChain, second);
        assertThat(contents.of(CHAIN)).containsExactly(first, second);
        assertThat(contents.latestOf(CHAIN)).contains(second);
    }

    @Test
    void theFileIsTheOwnersOnly() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        CheckpointFile file = new CheckpointFile(dir.resolve("audit-checkpoints.txt"));
        file.append(checkpoint(CHAIN, 1), KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path()))).isEqualTo("rw-------");
    }

    @Test
    void aTamperedOrForeignLineIsAProblemNamingItsLine() throws Exception {
        CheckpointFile file = new CheckpointFile(dir.resolve("audit-checkpoints.txt"));
        file.append(checkpoint(CHAIN, 10), KEY);
        file.append(checkpoint(CHAIN, 20), KEY);
        List<String> lines = Files.readAllLines(file.path());
        Files.write(file.path(), List.of(lines.get(0), lines.get(1).replace("entry=20", "entry=15"),
                checkpoint(CHAIN, 30).line(ChainKey.decode("cd".repeat(32)))));
        CheckpointFile.Contents contents = file.read(KEY);
        assertThat(contents.checkpoints()).extracting(Checkpoint::entryId).containsExactly(10L);
        assertThat(contents.problems()).hasSize(2);
        assertThat(contents.problems().get(0)).startsWith("line 2 of the checkpoint file").contains("altered");
        assertThat(contents.problems().get(1)).startsWith("line 3 ");
    }

    @Test
    void aLastLineCutShortByACrashIsLeftOutAndTheNextAppendStartsAFreshLine() throws Exception {
        CheckpointFile file = new CheckpointFile(dir.resolve("audit-checkpoints.txt"));
        file.append(checkpoint(CHAIN, 10), KEY);
        String half = checkpoint(CHAIN, 11).line(KEY).substring(0, 80);
        Files.writeString(file.path(), half, StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
        assertThat(file.read(KEY).problems()).isEmpty();
        assertThat(file.read(KEY).checkpoints()).extracting(Checkpoint::entryId).containsExactly(10L);

        file.append(checkpoint(CHAIN, 12), KEY);
        CheckpointFile.Contents contents = file.read(KEY);
        assertThat(contents.checkpoints()).extracting(Checkpoint::entryId).containsExactly(10L, 12L);
        assertThat(contents.problems()).as("the cut line is now in the middle: it shows").hasSize(1);
    }

    private static Checkpoint checkpoint(String chain, long id) {
        return new Checkpoint(chain, id, Long.toHexString(id).repeat(64).substring(0, 64),
                Instant.parse("2026-03-01T10:00:00Z").plusSeconds(id));
    }
}
