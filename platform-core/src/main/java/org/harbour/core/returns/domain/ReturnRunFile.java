package org.harbour.core.returns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.harbour.core.spi.returns.ReturnFile;

/** One file a run produced, described: its name, media type, size and SHA-256. The bytes are in {@link ReturnRunFileContent}. */
@Entity
@Table(name = "core_return_file")
public class ReturnRunFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "file_no", nullable = false, updatable = false)
    private int fileNo;

    @Column(name = "file_name", nullable = false, length = 120, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 120, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    protected ReturnRunFile() {
    }

    public ReturnRunFile(long runId, int fileNo, ReturnFile file, String sha256) {
        this.runId = runId;
        this.fileNo = fileNo;
        this.fileName = file.name();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.size();
        this.sha256 = sha256;
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public int getFileNo() {
        return fileNo;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }
}
