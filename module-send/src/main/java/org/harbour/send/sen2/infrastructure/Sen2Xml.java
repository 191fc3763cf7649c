package org.harbour.send.sen2.infrastructure;

import static org.harbour.core.spi.returns.DfeXml.element;

import org.harbour.core.spi.returns.DfeXml;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.send.sen2.domain.Sen2Person;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the SEN2 person-level XML: a header (collection, year, census date, the authority's
 * code) and one Person per child with their Requests, Assessment, NamedPlan with its placements,
 * and for a plan active on the census day ActivePlans with its placements and ranked needs,
 * in the element names of the DfE's specification. Optional values are left out
 * rather than written empty; flags are 1 or 0; dates are YYYY-MM-DD.
 */
public final class Sen2Xml {

    private Sen2Xml() {
    }

    public static byte[] write(List<Sen2Person> persons, ReturnPeriod period, String laCode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            DfeXml.openMessage(x, "SEN2", period.label(), period.censusDate(), laCode);
            x.writeStartElement("Persons");
            for (Sen2Person p : persons) {
                person(x, p);
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the SEN2 XML", e);
        }
        return out.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
    }

    private static void person(XMLStreamWriter x, Sen2Person p) throws XMLStreamException {
        x.writeStartElement("Person");
        element(x, "Surname", p.surname());
        element(x, "Forename", p.forename());
        element(x, "PersonBirthDate", p.birthDate());
        element(x, "Sex", p.sex());
        element(x, "Ethnicity", p.ethnicity());
        element(x, "PostCode", p.postcode());
        element(x, "UPN", p.upn());
        element(x, "UniqueLearnerNumber", p.uln());
        element(x, "UPNunknown", p.upnUnknown());
        for (Sen2Person.Sen2Request r : p.requests()) {
            x.writeStartElement("Requests");
            element(x, "ReceivedDate", r.receivedDate());
            element(x, "RequestSource", r.requestSource());
            element(x, "RYA", flag(r.youthCustody()));
            element(x, "RequestOutcomeDate", r.outcomeDate());
            element(x, "RequestOutcome", r.outcome());
            element(x, "RequestMediation", flag(r.mediation()));
            element(x, "RequestTribunal", flag(r.tribunal()));
            if (r.assessment() != null) {
                assessment(x, r.assessment());
                if (r.assessment().plan() != null && r.assessment().plan().active() != null) {
                    activePlan(x, r.assessment().plan());
                }
            }
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void assessment(XMLStreamWriter x, Sen2Person.Sen2Assessment a) throws XMLStreamException {
        x.writeStartElement("Assessment");
        element(x, "AssessmentOutcome", a.outcome());
        element(x, "AssessmentOutcomeDate", a.outcomeDate());
        element(x, "Week20", flag(a.week20Exception()));
        Sen2Person.Sen2Plan plan = a.plan();
        if (plan != null) {
            x.writeStartElement("NamedPlan");
            element(x, "StartDate", plan.startDate());
            element(x, "PlanRes", flag(plan.residential()));
            element(x, "PlanWPB", flag(plan.workBased()));
            element(x, "PB", flag(plan.personalBudget()));
            if (plan.personalBudget()) {
                element(x, "OA", flag(plan.organisedArrangements()));
                element(x, "DP", flag(plan.directPayments()));
            }
            element(x, "CeaseDate", plan.ceaseDate());
            element(x, "CeaseReason", plan.ceaseReason());
            for (Sen2Person.Sen2Placement pl : plan.placements()) {
                x.writeStartElement("PlanDetail");
                placement(x, pl);
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    /** ActivePlans, beside the Assessment in the Requests, for a plan active on the census day. */
    private static void activePlan(XMLStreamWriter x, Sen2Person.Sen2Plan plan) throws XMLStreamException {
        Sen2Person.Sen2ActivePlan a = plan.active();
        x.writeStartElement("ActivePlans");
        element(x, "TransferLA", a.transferLa());
        element(x, "RES", flag(plan.residential()));
        element(x, "WPB", flag(plan.workBased()));
        element(x, "ReviewMeeting", a.reviewMeeting());
        element(x, "ReviewOutcome", a.reviewOutcome());
        element(x, "LastReview", a.lastReview());
        for (Sen2Person.Sen2Placement pl : plan.placements()) {
            x.writeStartElement("PlacementDetail");
            placement(x, pl);
            x.writeEndElement();
        }
        for (Sen2Person.Sen2Need n : plan.needs()) {
            x.writeStartElement("SENneed");
            element(x, "SENtype", n.type());
            element(x, "SENtypeRank", Integer.toString(n.rank()));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void placement(XMLStreamWriter x, Sen2Person.Sen2Placement pl) throws XMLStreamException {
        element(x, "URN", pl.urn());
        element(x, "UKPRN", pl.ukprn());
        element(x, "SENSetting", pl.setting());
        element(x, "PlacementRank", Integer.toString(pl.rank()));
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }
}
