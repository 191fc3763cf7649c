package org.harbour.core.audit.infrastructure;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Files only the portal's own account may read or write, where the file system knows POSIX permissions. */
public final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    /** Creates the file empty (replacing a left-over one) with mode 600, or plain where POSIX is unknown. */
    public static Path create(Path file) throws IOException {
        Files.deleteIfExists(file);
        return createNew(file);
    }

    /** Creates the file unless it exists; true when this call made it. */
    public static boolean createIfMissing(Path file) throws IOException {
        try {
            createNew(file);
            return true;
        } catch (FileAlreadyExistsException exists) {
            return false;
        }
    }

    private static Path createNew(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createFile(file);
    }
}
