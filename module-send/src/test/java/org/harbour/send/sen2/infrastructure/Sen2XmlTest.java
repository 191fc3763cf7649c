package org.harbour.send.sen2.infrastructure;

import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.send.sen2.domain.Sen2Person;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The XML of one hand-built child, read back element by element. */
class Sen2XmlTest {

    private static final ReturnPeriod PERIOD = new ReturnPeriod("2026", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
            LocalDate.of(2026, 1, 15));

    @Test
    void oneChildIsWrittenFieldByField() throws Exception {
        Sen2Person.Sen2Plan plan = new Sen2Person.Sen2Plan(LocalDate.of(2025, 5, 30), true, false, true, false, true, null, null,
                List.of(new Sen2Person.Sen2Placement("100001", null, "SS", 1)),
                List.of(new Sen2Person.Sen2Need("ASD", 1), new Sen2Person.Sen2Need("SLCN", 2)),
                new Sen2Person.Sen2ActivePlan("330", LocalDate.of(2025, 11, 4), "A", LocalDate.of(2025, 11, 4)));
        Sen2Person child = new Sen2Person(9L, "O'Brien & Sons", "Ada", LocalDate.of(2015, 3, 2), "F", "WIRI", "HB1 2CD",
                "C999200015001", "9276308686", null, List.of(new Sen2Person.Sen2Request(LocalDate.of(2025, 1, 13), "PA", true,
                LocalDate.of(2025, 2, 20), "Y", false, true,
                new Sen2Person.Sen2Assessment("Y", LocalDate.of(2025, 5, 30), true, plan))));

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Sen2Xml.write(List.of(child), PERIOD, "881")));

        assertEquals("SEN2", text(doc.getDocumentElement(), "Collection"));
        assertEquals("2026", text(doc.getDocumentElement(), "Year"));
        assertEquals("2026-01-15", text(doc.getDocumentElement(), "ReferenceDate"));
        assertEquals("881", text(doc.getDocumentElement(), "LEA"));
        assertEquals(1, doc.getElementsByTagName("Person").getLength());
        Element person = (Element) doc.getElementsByTagName("Person").item(0);
        assertEquals("O'Brien & Sons", text(person, "Surname"), "escaped and read back whole");
        assertEquals("Ada", text(person, "Forename"));
        assertEquals("2015-03-02", text(person, "PersonBirthDate"));
        assertEquals("F", text(person, "Sex"));
        assertEquals("WIRI", text(person, "Ethnicity"));
        assertEquals("HB1 2CD", text(person, "PostCode"));
        assertEquals("C999200015001", text(person, "UPN"));
        assertEquals("9276308686", text(person, "UniqueLearnerNumber"));
        assertEquals(0, person.getElementsByTagName("UPNunknown").getLength(), "an absent value is left out");
        Element request = (Element) person.getElementsByTagName("Requests").item(0);
        assertEquals("2025-01-13", text(request, "ReceivedDate"));
        assertEquals("PA", text(request, "RequestSource"));
        assertEquals("1", text(request, "RYA"));
        assertEquals("2025-02-20", text(request, "RequestOutcomeDate"));
        assertEquals("Y", text(request, "RequestOutcome"));
        assertEquals("0", text(request, "RequestMediation"));
        assertEquals("1", text(request, "RequestTribunal"));
        Element assessment = (Element) request.getElementsByTagName("Assessment").item(0);
        assertEquals("Y", text(assessment, "AssessmentOutcome"));
        assertEquals("2025-05-30", text(assessment, "AssessmentOutcomeDate"));
        assertEquals("1", text(assessment, "Week20"));
        Element named = (Element) assessment.getElementsByTagName("NamedPlan").item(0);
        assertEquals("2025-05-30", text(named, "StartDate"));
        assertEquals("1", text(named, "PlanRes"));
        assertEquals("0", text(named, "PlanWPB"), "no work-based placement");
        assertEquals("1", text(named, "PB"));
        assertEquals("0", text(named, "OA"));
        assertEquals("1", text(named, "DP"));
        assertEquals(0, named.getElementsByTagName("CeaseDate").getLength());
        assertEquals(0, named.getElementsByTagName("CeaseReason").getLength());
        assertEquals(0, named.getElementsByTagName("SENneed").getLength(), "needs belong to ActivePlans");
        Element detail = (Element) named.getElementsByTagName("PlanDetail").item(0);
        assertEquals("100001", text(detail, "URN"));
        assertEquals(0, detail.getElementsByTagName("UKPRN").getLength());
        assertEquals("SS", text(detail, "SENSetting"));
        assertEquals("1", text(detail, "PlacementRank"));

        assertEquals(1, request.getElementsByTagName("ActivePlans").getLength());
        Element active = (Element) request.getElementsByTagName("ActivePlans").item(0);
        assertEquals("Requests", active.getParentNode().getNodeName(), "beside the Assessment, not inside it");
        assertEquals("330", text(active, "TransferLA"));
        assertEquals("1", text(active, "RES"));
        assertEquals("0", text(active, "WPB"));
        assertEquals("2025-11-04", text(active, "ReviewMeeting"));
        assertEquals("A", text(active, "ReviewOutcome"), "amend");
        assertEquals("2025-11-04", text(active, "LastReview"));
        Element placement = (Element) active.getElementsByTagName("PlacementDetail").item(0);
        assertEquals("100001", text(placement, "URN"));
        assertEquals("SS", text(placement, "SENSetting"));
        assertEquals("1", text(placement, "PlacementRank"));
        assertEquals(2, active.getElementsByTagName("SENneed").getLength());
        Element first = (Element) active.getElementsByTagName("SENneed").item(0);
        assertEquals("ASD", text(first, "SENtype"));
        assertEquals("1", text(first, "SENtypeRank"));
        Element second = (Element) active.getElementsByTagName("SENneed").item(1);
        assertEquals("SLCN", text(second, "SENtype"));
        assertEquals("2", text(second, "SENtypeRank"));
    }

    @Test
    void aCeasedPlanHasNoActivePlansAndCarriesItsCeaseDateAndReason() throws Exception {
        Sen2Person.Sen2Plan plan = new Sen2Person.Sen2Plan(LocalDate.of(2024, 5, 30), false, true, false, false, false,
                LocalDate.of(2025, 9, 1), "5", List.of(), List.of(new Sen2Person.Sen2Need("MLD", 1)), null);
        Sen2Person child = new Sen2Person(10L, "Grey", "Jo", LocalDate.of(2007, 3, 2), "M", "WBRI", "HB1 2CD",
                null, "9276308686", null, List.of(new Sen2Person.Sen2Request(LocalDate.of(2024, 1, 13), "PA", false,
                LocalDate.of(2024, 2, 20), "Y", false, false,
                new Sen2Person.Sen2Assessment("Y", LocalDate.of(2024, 5, 30), false, plan))));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Sen2Xml.write(List.of(child), PERIOD, "881")));
        Element named = (Element) doc.getElementsByTagName("NamedPlan").item(0);
        assertEquals("1", text(named, "PlanWPB"));
        assertEquals("0", text(named, "PB"));
        assertEquals(0, named.getElementsByTagName("OA").getLength(), "OA and DP only with a personal budget");
        assertEquals("2025-09-01", text(named, "CeaseDate"));
        assertEquals("5", text(named, "CeaseReason"));
        assertEquals(0, doc.getElementsByTagName("ActivePlans").getLength());
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent();
    }
}
