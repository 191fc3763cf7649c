package org.harbour.core.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.harbour.core.audit.domain.ChainKey;
import org.harbour.core.audit.domain.Checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * This instance's checkpoints of the audit chain: one signed line each, appended to a file that
 * the database's account cannot write (by default {@code <data dir>/audit-checkpoints.txt}).
 * Lines are only ever appended, each forced to disk before the append returns.
 */
@ApplicationScoped
public class CheckpointFile {

    @Inject
    @ConfigProperty(name = "harbour.audit.checkpoint-file", defaultValue = "data/audit-checkpoints.txt")
    private String location;

    protected CheckpointFile() {
    }

    /** For tests outside the container. */
    public CheckpointFile(Path file) {
        this.location = file.toString();
    }

    public Path path() {
        return Path.of(location).toAbsolutePath();
    }

    public synchronized void append(Checkpoint checkpoint, ChainKey key) {
        Path file = path();
        try {
            Files.createDirectories(file.getParent());
            OwnerOnlyFiles.createIfMissing(file);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                // A line cut short by a crash is closed first, so the new line stands on its own.
                String prefix = channel.size() > 0 && !endsWithNewline(file, channel.size()) ? "\n" : "";
                channel.write(ByteBuffer.wrap((prefix + checkpoint.line(key) + "\n").getBytes(StandardCharsets.US_ASCII)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the audit checkpoint file " + file, e);
        }
    }

    /** Every line, read and checked against the key; a missing file has no checkpoints. */
    public Contents read(ChainKey key) {
        Path file = path();
        List<String> lines;
        boolean complete;
        try {
            byte[] bytes = Files.readAllBytes(file);
            complete = bytes.length == 0 || bytes[bytes.length - 1] == '\n';
            lines = new String(bytes, StandardCharsets.US_ASCII).lines().toList();
        } catch (NoSuchFileException e) {
            return new Contents(List.of(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit checkpoint file " + file, e);
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                checkpoints.add(Checkpoint.parse(line, key));
            } catch (IllegalArgumentException e) {
                boolean cutShort = i == lines.size() - 1 && !complete;
                if (!cutShort) {
                    problems.add("line " + (i + 1) + " of the checkpoint file " + file + " was altered or not written"
                            + " by Harbour under this audit key (" + e.getMessage() + ")");
                }
            }
        }
        return new Contents(List.copyOf(checkpoints), List.copyOf(problems));
    }

    private static boolean endsWithNewline(Path file, long size) throws IOException {
        try (FileChannel reader = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            reader.read(last, size - 1);
            return last.get(0) == '\n';
        }
    }

    /**
     * The checkpoints of the file and what is wrong with it. A last line cut short (the instance
     * stopped while writing it) is left out quietly; any other unreadable line is a problem.
     */
    public record Contents(List<Checkpoint> checkpoints, List<String> problems) {

        /** Checkpoints of the chain anchored by this hash. */
        public List<Checkpoint> of(String chain) {
            return checkpoints.stream().filter(c -> c.chain().equals(chain)).toList();
        }

        /** The checkpoint of that chain furthest along it. */
        public Optional<Checkpoint> latestOf(String chain) {
            return of(chain).stream().max(java.util.Comparator.comparingLong(Checkpoint::entryId));
        }
    }
}
