package org.harbour.core.document.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.caseload.application.WorkingCases;
import org.harbour.core.caseload.domain.CaseFile;
import org.harbour.core.document.domain.CaseDocument;
import org.harbour.core.document.domain.DocumentContent;
import org.harbour.core.document.domain.FileNames;
import org.harbour.core.document.domain.FileType;
import org.harbour.core.document.domain.FileTypeSniffer;
import org.harbour.core.person.application.RecordAccess;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Documents attached to a child's case. An upload is accepted only within the size limit
 * ({@code harbour.documents.max-bytes}) and when its content is one of the allowed types and
 * agrees with its name; it is stored in the database with its SHA-256. Every list, upload and
 * download checks the right to the child's record and is audited.
 */
@ApplicationScoped
// A refusal's audit entry joins the transaction: refusals and bad input must not roll it back.
@Transactional(dontRollbackOn = {RecordNotFoundException.class, InvalidInputException.class})
@Requires(CorePermissions.RECORDS)
public class DocumentService {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    static final int TITLE_MAX = 200;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private RecordAccess recordAccess;

    @Inject
    private CurrentAccess access;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AuditLog audit;

    @Inject
    private WorkingCases workingCases;

    @Inject
    @ConfigProperty(name = "harbour.documents.max-bytes", defaultValue = "10485760")
    private long maxBytes;

    private final Clock clock = Clock.systemUTC();

    public long maxBytes() {
        return maxBytes;
    }

    /** The child's documents, newest first. */
    public List<DocumentSummary> list(long personId) {
        recordAccess.require(personId, "DOCUMENT_LIST_VIEW");
        List<DocumentSummary> documents = em.createQuery(
                        "select d from CaseDocument d where d.personId = :person order by d.uploadedAt desc, d.id desc",
                        CaseDocument.class)
                .setParameter("person", personId).getResultStream().map(DocumentSummary::new).toList();
        audit.success("DOCUMENT_LIST_VIEW", RecordAccess.RECORD_TYPE, Long.toString(personId),
                documents.size() + " documents");
        return documents;
    }

    /**
     * Reads at most one byte more than the limit, so an oversized upload is refused without
     * being held in memory whole.
     */
    public byte[] readLimited(InputStream in) throws IOException {
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (content.length > maxBytes) {
            throw tooLarge();
        }
        return content;
    }

    /**
     * Attaches a file to the child's open case in the user's areas.
     *
     * @param originalName the name the browser or client gave, sanitised here
     * @throws DocumentRejectedException when it is empty, too large, of a type not allowed, or
     *                                   its name does not match its content; audited, nothing stored
     */
    public DocumentSummary upload(long personId, String title, String originalName, byte[] content) {
        recordAccess.require(personId, "DOCUMENT_UPLOAD");
        String personKey = Long.toString(personId);
        String fileName = FileNames.sanitise(originalName);
        try {
            FileType type = check(fileName, content);
            String cleanTitle = title == null || title.isBlank() ? fileName : title.strip();
            if (cleanTitle.length() > TITLE_MAX) {
                throw new InvalidInputException("title", "Keep the title under " + TITLE_MAX + " characters.");
            }
            CaseDocument document = new CaseDocument(caseFor(personId), cleanTitle, fileName, type, content.length,
                    sha256(content), username(), Instant.now(clock));
            em.persist(document);
            em.flush();
            em.persist(new DocumentContent(document.getId(), content));
            audit.success("DOCUMENT_UPLOAD", RecordAccess.RECORD_TYPE, personKey,
                    "Document " + document.getId() + ", " + type.name() + ", " + content.length + " bytes");
            return new DocumentSummary(document);
        } catch (DocumentRejectedException e) {
            audit.failure("DOCUMENT_UPLOAD", RecordAccess.RECORD_TYPE, personKey,
                    "Refused: " + e.getReason() + ", " + (content == null ? 0 : content.length) + " bytes");
            throw e;
        }
    }

    /** The document's bytes for download; another child's document id is not found. */
    public DocumentDownload download(long personId, long documentId) {
        recordAccess.require(personId, "DOCUMENT_DOWNLOAD");
        CaseDocument document = em.find(CaseDocument.class, documentId);
        if (document == null || document.getPersonId() != personId) {
            audit.denied("DOCUMENT_DOWNLOAD", RecordAccess.RECORD_TYPE, Long.toString(personId),
                    "No document " + documentId + " on this record");
            throw new RecordNotFoundException(personId);
        }
        byte[] content = em.find(DocumentContent.class, documentId).getContent();
        if (!sha256(content).equals(document.getSha256())) {
            audit.failure("DOCUMENT_DOWNLOAD", RecordAccess.RECORD_TYPE, Long.toString(personId),
                    "Document " + documentId + " does not match its SHA-256");
            throw new IllegalStateException("Document " + documentId + " is damaged: its content no longer matches"
                    + " the SHA-256 taken on upload");
        }
        audit.success("DOCUMENT_DOWNLOAD", RecordAccess.RECORD_TYPE, Long.toString(personId),
                "Document " + documentId);
        return new DocumentDownload(document.getFileName(), document.getContentType(), content);
    }

    private FileType check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.EMPTY, "The file is empty.");
        }
        if (content.length > maxBytes) {
            throw tooLarge();
        }
        FileType type = FileTypeSniffer.detect(content).orElseThrow(() -> new DocumentRejectedException(
                DocumentRejectedException.Reason.TYPE_NOT_ALLOWED, "This kind of file cannot be attached: only "
                + FileType.ALLOWED + " files may be, and they are recognised by their content, not their name."));
        if (!type.matchesName(fileName)) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.NAME_DOES_NOT_MATCH,
                    "The file's content is a " + type.getLabel() + " but its name does not end in ."
                            + String.join(" or .", type.getExtensions()) + ". Rename it, or choose the right file.");
        }
        return type;
    }

    private DocumentRejectedException tooLarge() {
        return new DocumentRejectedException(DocumentRejectedException.Reason.TOO_LARGE,
                "The file is larger than the limit of " + megabytes(maxBytes) + ".");
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? String.format("%d MB", (long) mb) : String.format("%.1f MB", mb);
    }

    private CaseFile caseFor(long personId) {
        return workingCases.require(personId);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private String username() {
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? AuditLog.ANONYMOUS : caller.getName();
    }
}
