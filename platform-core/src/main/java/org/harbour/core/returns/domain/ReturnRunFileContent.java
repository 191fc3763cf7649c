package org.harbour.core.returns.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of a run's file, in the database so every server of a cluster serves the same ones. */
@Entity
@Table(name = "core_return_file_content")
public class ReturnRunFileContent {

    @Id
    @Column(name = "file_id")
    private Long fileId;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected ReturnRunFileContent() {
    }

    public ReturnRunFileContent(long fileId, byte[] content) {
        this.fileId = fileId;
        this.content = content.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
