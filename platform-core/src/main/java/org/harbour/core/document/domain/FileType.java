package org.harbour.core.document.domain;

import java.util.List;
import java.util.Locale;

/** The kinds of file staff may attach to a case, each recognised by its content. */
public enum FileType {
    PDF("PDF document", "application/pdf", "pdf"),
    DOCX("Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("Excel workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("OpenDocument text", "application/vnd.oasis.opendocument.text", "odt"),
    PNG("PNG image", "image/png", "png"),
    JPEG("JPEG image", "image/jpeg", "jpg", "jpeg"),
    TXT("plain text file", "text/plain", "txt");

    /** For messages: what may be attached. */
    public static final String ALLOWED = "PDF, Word (.docx), Excel (.xlsx), OpenDocument text (.odt), PNG, JPEG"
            + " and plain text (.txt)";

    private final String label;
    private final String mediaType;
    private final List<String> extensions;

    FileType(String label, String mediaType, String... extensions) {
        this.label = label;
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String getLabel() {
        return label;
    }

    public String getMediaType() {
        return mediaType;
    }

    public List<String> getExtensions() {
        return extensions;
    }

    /** Whether a file name ends with one of this type's extensions. */
    public boolean matchesName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
