package org.harbour.send.plan.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.core.spi.document.TaggedDocument;
import org.harbour.send.plan.domain.PlanSection;
import org.harbour.send.plan.domain.PlanVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Writes one issued version of an EHC plan as a tagged PDF: who it is for, which version and when
 * it was issued, then sections A to K exactly as they were issued. Nothing is checked here: the
 * plan service checks the reader and audits the read.
 */
@ApplicationScoped
public class PlanPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public byte[] write(PlanVersion version, String childName, LocalDate dateOfBirth) {
        String title = "Education, Health and Care plan: " + childName;
        TaggedDocument doc = TaggedDocument.titled(title, TaggedDocument.Page.A4_PORTRAIT)
                .heading(1, title)
                .labelled("Date of birth", dateOfBirth == null ? "Not recorded" : DAY.format(dateOfBirth))
                .labelled("Version", version.getNumber() + ", " + version.getKind().getLabel().toLowerCase(Locale.UK))
                .labelled("Issued", DAY.format(version.getIssuedOn()));
        for (Map.Entry<PlanSection, String> s : version.issuedSections().entrySet()) {
            doc.heading(2, "Section " + s.getKey().getLetter() + ": " + s.getKey().getLabel());
            String text = s.getValue();
            if (text.isEmpty()) {
                doc.paragraph("Nothing was written in this section.");
            } else {
                text.lines().filter(line -> !line.isBlank()).forEach(doc::paragraph);
            }
        }
        try {
            return doc.toPdf();
        } catch (IOException e) {
            throw new UncheckedIOException("The plan could not be written", e);
        }
    }
}
