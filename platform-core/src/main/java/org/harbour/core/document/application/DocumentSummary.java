package org.harbour.core.document.application;

import org.harbour.core.document.domain.CaseDocument;

import java.io.Serializable;
import java.time.Instant;

/** A document as lists show it, without its content. */
public final class DocumentSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final String title;
    private final String fileName;
    private final String contentType;
    private final long sizeBytes;
    private final String sha256;
    private final String uploadedBy;
    private final Instant uploadedAt;

    DocumentSummary(CaseDocument d) {
        this.id = d.getId();
        this.personId = d.getPersonId();
        this.title = d.getTitle();
        this.fileName = d.getFileName();
        this.contentType = d.getContentType();
        this.sizeBytes = d.getSizeBytes();
        this.sha256 = d.getSha256();
        this.uploadedBy = d.getUploadedBy();
        this.uploadedAt = d.getUploadedAt();
    }

    public long getId() {
        return id;
    }

    public long getPersonId() {
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

    /** E.g. "1.2 MB", "340 KB". */
    public String getSize() {
        if (sizeBytes >= 1024 * 1024) {
            return String.format("%.1f MB", sizeBytes / (1024.0 * 1024.0));
        }
        return Math.max(1, (sizeBytes + 1023) / 1024) + " KB";
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
}
