package org.harbour.youthjustice.board.infrastructure;

import org.harbour.core.spi.document.TaggedDocument;
import org.harbour.youthjustice.board.domain.KpiFigure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scrutiny update of the youth justice KPI set as a tagged PDF: each measure's figure for the
 * period and its definition, in the sections scrutiny asks about. Figures only: no child is named.
 */
public final class ScrutinyPdf {

    private static final String TITLE = "Youth justice: scrutiny update";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    /** Scrutiny's sections, each the measures whose key begins with one of its prefixes. */
    private static final Map<String, List<String>> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("Custody and remand", List.of("custody-rate", "custodial-sentences", "remands-"));
        SECTIONS.put("Serious violence", List.of("serious-violence"));
        SECTIONS.put("Education, accommodation and wellbeing at the end of orders",
                List.of("ete-", "accommodation-", "send-", "mental-health-", "substance-misuse-"));
        SECTIONS.put("Entry to the youth justice system", List.of("first-time-entrants"));
    }

    private ScrutinyPdf() {
    }

    /** @param definitions each indicator id's definition, as on the scorecard's catalogue */
    public static void write(LocalDate from, LocalDate to, List<KpiFigure> figures, Map<String, String> definitions, Instant at,
                             OutputStream out) {
        TaggedDocument document = TaggedDocument.titled(TITLE, TaggedDocument.Page.A4_PORTRAIT)
                .heading(1, TITLE)
                .paragraph("The YJB's key performance indicators from " + DAY.format(from) + " to " + DAY.format(to)
                        + ", counted from the service's records. Produced " + WHEN.format(at) + ". Rates per head of the 10-17 "
                        + "population are on the scorecard, which holds the population; here they are the number of events.");
        for (Map.Entry<String, List<String>> section : SECTIONS.entrySet()) {
            List<KpiFigure> in = figures.stream().filter(f -> inSection(f, section.getValue())).toList();
            if (in.isEmpty()) {
                continue;
            }
            document.heading(2, section.getKey())
                    .table(section.getKey() + ": each measure, its definition and its figure",
                            List.of("Measure", "Definition", "Figure"),
                            in.stream().map(f -> List.of(f.title(), definitions.getOrDefault(f.indicatorId(), ""), f.shown()))
                                    .toList());
        }
        try {
            document.writePdf(out);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the scrutiny PDF: " + ex.getMessage(), ex);
        }
    }

    private static boolean inSection(KpiFigure f, List<String> prefixes) {
        String key = f.indicatorId().substring(f.indicatorId().indexOf('.') + 1);
        return prefixes.stream().anyMatch(key::startsWith);
    }
}
