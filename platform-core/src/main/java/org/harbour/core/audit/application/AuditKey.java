package org.harbour.core.audit.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.harbour.core.audit.domain.ChainKey;
import org.harbour.core.audit.infrastructure.OwnerOnlyFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The audit key of this deployment: {@code harbour.audit.key} (a secret every instance of a cluster
 * shares), or else, for a single portal, a random key made once in the data directory and read
 * back at each start. The key never reaches a log, a page or the database.
 */
@ApplicationScoped
public class AuditKey {

    private static final Logger LOG = Logger.getLogger(AuditKey.class.getName());

    static final String KEY_FILE = "audit.key";

    @Inject
    @ConfigProperty(name = "harbour.audit.key")
    private Optional<String> configured;

    @Inject
    @ConfigProperty(name = "harbour.data.dir", defaultValue = "data")
    private String dataDir;

    private ChainKey key;
    private String source;

    @PostConstruct
    void load() {
        if (configured.isPresent() && !configured.get().isBlank()) {
            try {
                key = ChainKey.decode(configured.get());
            } catch (IllegalArgumentException e) {
                // The message says what is wrong with the value, never the value.
                throw new IllegalStateException("harbour.audit.key is unusable: " + e.getMessage()
                        + " (give at least " + ChainKey.MIN_BYTES + " random bytes as base64 or hexadecimal)");
            }
            source = "harbour.audit.key";
            return;
        }
        Path file = Path.of(dataDir).resolve(KEY_FILE).toAbsolutePath();
        key = fromFile(file);
        source = file.toString();
        LOG.warning(() -> "harbour.audit.key is not set: the audit chain is keyed with the key kept in " + file
                + ". That will do for a single portal; every instance of a cluster must be given the same key"
                + " in harbour.audit.key (HARBOUR_AUDIT_KEY), or each would break the others' entries.");
    }

    public ChainKey key() {
        return key;
    }

    /** Where the key came from: the setting's name or the key file's path, for logs and health. */
    public String source() {
        return source;
    }

    /** Reads the key file, making it first (owner-only where the file system has POSIX permissions). */
    static ChainKey fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return ChainKey.decode(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the audit key file " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The audit key file " + file + " is unusable: " + e.getMessage());
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = OwnerOnlyFiles.create(file.resolveSibling(file.getFileName() + ".new"));
        try {
            Files.writeString(temporary, ChainKey.generate() + "\n", StandardCharsets.US_ASCII);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file);
            }
            LOG.info(() -> "Made a new audit key in " + file + ": keep it, and back it up apart from the database");
        } catch (FileAlreadyExistsException made) {
            // Another start made it first: read that one.
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
