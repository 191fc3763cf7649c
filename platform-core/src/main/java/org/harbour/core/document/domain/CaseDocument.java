package org.harbour.core.document.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.harbour.core.caseload.domain.CaseFile;

import java.time.Instant;

/** A file attached to a child's case: its description here, its bytes in {@link DocumentContent}. */
@Entity
@Table(name = "core_document")
public class CaseDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_file_id", nullable = false)
    private CaseFile caseFile;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(nullable = false, length = 200)
    private String title;

    /** Sanitised on upload; offered back as the download's name. */
    @Column(name = "file_name", nullable = false, length = 160)
    private String fileName;

    /** From the content, never from what the browser claimed. */
    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    /** Hex SHA-256 of the content, checked again on every download. */
    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 80)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Version
    private long version;

    protected CaseDocument() {
    }

    public CaseDocument(CaseFile caseFile, String title, String fileName, FileType type, long sizeBytes, String sha256,
                        String uploadedBy, Instant uploadedAt) {
        this.caseFile = caseFile;
        this.personId = caseFile.getPerson().getId();
        this.title = title;
        this.fileName = fileName;
        this.contentType = type.getMediaType();
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public CaseFile getCaseFile() {
        return caseFile;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getTitle() {
        return title;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public long getVersion() {
        return version;
    }
}
