package org.harbour.core.audit.application;

import org.harbour.core.audit.domain.ChainKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditKeyTest {

    @TempDir
    Path dir;

    @Test
    void withoutASettingAKeyIsMadeOnceOwnerOnlyAndReadBackAtTheNextStart() throws Exception {
        Path file = dir.resolve("data").resolve(AuditKey.KEY_FILE);
        ChainKey made = AuditKey.fromFile(file);
        assertThat(file).exists();
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(Files.readString(file).strip()).matches("[A-Za-z0-9+/]{43}=");
        ChainKey again = AuditKey.fromFile(file);
        assertThat(again.signEntry("x")).isEqualTo(made.signEntry("x"));
        assertThat(Files.list(file.getParent())).as("no temporary file left").containsExactly(file);
    }

    @Test
    void anUnusableKeyFileStopsWithItsPathButNotItsContent() throws Exception {
        Path file = dir.resolve(AuditKey.KEY_FILE);
        Files.writeString(file, "c2hvcnQ=\n");
        assertThatThrownBy(() -> AuditKey.fromFile(file)).hasMessageContaining(file.toString())
                .hasMessageNotContaining("c2hvcnQ");
    }
}
