package org.harbour.core.document.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.document.application.DocumentService;
import org.harbour.core.document.application.DocumentSummary;
import org.harbour.core.document.domain.FileType;
import org.harbour.core.spi.error.InvalidInputException;
import org.omnifaces.util.Messages;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Backs the "Documents" tab of the child's record: the documents, and attaching one. */
@Named
@RequestScoped
public class CaseDocumentsTab {

    private static final String FORM = "document-form";

    @Inject
    private DocumentService documents;

    private Long loadedFor;
    private List<DocumentSummary> list;
    private transient Part file;
    private String title;

    public List<DocumentSummary> of(long personId) {
        if (list == null || loadedFor == null || loadedFor != personId) {
            list = documents.list(personId);
            loadedFor = personId;
        }
        return list;
    }

    public void upload(long personId) {
        if (file == null || file.getSize() == 0) {
            Messages.addError(FORM + ":file", "Choose a file to attach.");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            DocumentSummary stored = documents.upload(personId, title, file.getSubmittedFileName(), documents.readLimited(in));
            list = null;
            title = null;
            Messages.addGlobalInfo("Attached " + stored.getFileName() + ".");
        } catch (InvalidInputException e) {
            Messages.addError(FORM + ":" + ("title".equals(e.getField()) ? "title" : "file"), e.getMessage());
        } catch (IOException e) {
            Messages.addError(FORM + ":file", "The file could not be read; try again.");
        }
    }


    public long getMaxBytes() {
        return documents.maxBytes();
    }

    public String getAllowedTypes() {
        return FileType.ALLOWED;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
