package org.harbour.send.plan.infrastructure;

import org.harbour.send.plan.domain.EhcPlan;
import org.harbour.send.plan.domain.PlanSection;
import org.harbour.send.plan.domain.PlanVersion;
import org.harbour.send.plan.domain.SenType;
import org.harbour.testing.TaggedPdfCheck;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanPdfTest {

    @Test
    void theIssuedPlanIsATaggedPdfWithEverySectionAsIssued() throws Exception {
        EhcPlan plan = new EhcPlan(7L, LocalDate.of(2026, 4, 1), "grace.lee", Instant.EPOCH);
        plan.issueDraft(LocalDate.of(2026, 4, 1), "grace.lee");
        plan.writeSection(PlanSection.B, "Speech, language and communication needs.");
        plan.writeSection(PlanSection.I, "Riverside Primary School");
        plan.rankNeeds(List.of(SenType.SLCN));
        PlanVersion finalPlan = plan.issueFinal(LocalDate.of(2026, 4, 20), "grace.lee");

        TaggedPdfCheck.Found found = TaggedPdfCheck.check(new PlanPdf().write(finalPlan, "Amy Lewis", LocalDate.of(2017, 3, 4)),
                "H1", "H2", "P");
        String text = found.text().replaceAll("\\s+", " ");

        assertEquals("Education, Health and Care plan: Amy Lewis", found.title());
        assertTrue(text.contains("Date of birth: 4 March 2017"), text);
        assertTrue(text.contains("Version: 2, final plan"), text);
        assertTrue(text.contains("Issued: 20 April 2026"), text);
        assertTrue(text.contains("Section B: Special educational needs Speech, language and communication needs."), text);
        assertTrue(text.contains("Section I: Placement: the school or other institution Riverside Primary School"), text);
        assertTrue(text.contains("Section K: Advice and information gathered during the assessment Nothing was written"), text);
    }
}
