package org.harbour.core.document.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * The bytes of a document, in the database so every server of a cluster serves the same file;
 * a table of its own so that lists of documents never read them.
 */
@Entity
@Table(name = "core_document_content")
public class DocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    private byte[] content;

    protected DocumentContent() {
    }

    public DocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public byte[] getContent() {
        return content;
    }
}
