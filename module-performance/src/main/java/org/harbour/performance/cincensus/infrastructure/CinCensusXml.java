package org.harbour.performance.cincensus.infrastructure;

import static org.harbour.core.spi.returns.DfeXml.element;

import org.harbour.core.spi.returns.DfeXml;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.performance.cincensus.domain.CinChild;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the Children in Need census XML in the DfE's element names and order:
 * Message/Header (collection CIN, year, reference date 31 March, the authority) and
 * Children/Child with ChildIdentifiers (UPN, FormerUPN, UPNunknown only for a child without a UPN,
 * PersonBirthDate or ExpectedPersonBirthDate, Sex, PersonDeathDate),
 * ChildCharacteristics (Disabilities where recorded) and each CINdetails with its
 * Assessments, CINPlanDates, Section47 and ChildProtectionPlans. Optional values are left out
 * rather than written empty; flags are true or false; dates are YYYY-MM-DD.
 */
public final class CinCensusXml {

    private CinCensusXml() {
    }

    public static byte[] write(List<CinChild> children, ReturnPeriod period, String laCode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            DfeXml.openMessage(x, "CIN", Integer.toString(period.end().getYear()), period.end(), laCode);
            x.writeStartElement("Children");
            for (CinChild child : children) {
                child(x, child);
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the CIN census XML", e);
        }
        return out.toByteArray();
    }

    private static void child(XMLStreamWriter x, CinChild c) throws XMLStreamException {
        x.writeStartElement("Child");
        x.writeStartElement("ChildIdentifiers");
        element(x, "LAchildID", Long.toString(c.childId()));
        element(x, "UPN", c.upn());
        element(x, "FormerUPN", c.formerUpn());
        element(x, "UPNunknown", c.upnUnknown());
        element(x, "PersonBirthDate", c.birthDate());
        element(x, "ExpectedPersonBirthDate", c.expectedBirthDate());
        element(x, "Sex", c.sex());
        element(x, "PersonDeathDate", c.deathDate());
        x.writeEndElement();
        x.writeStartElement("ChildCharacteristics");
        element(x, "Ethnicity", c.ethnicity());
        if (!c.disabilities().isEmpty()) {
            x.writeStartElement("Disabilities");
            for (String disability : c.disabilities()) {
                element(x, "Disability", disability);
            }
            x.writeEndElement();
        }
        x.writeEndElement();
        for (CinChild.CinEpisode e : c.episodes()) {
            episode(x, e);
        }
        x.writeEndElement();
    }

    private static void episode(XMLStreamWriter x, CinChild.CinEpisode e) throws XMLStreamException {
        x.writeStartElement("CINdetails");
        element(x, "CINreferralDate", e.referralDate());
        element(x, "ReferralSource", e.referralSource());
        element(x, "PrimaryNeedCode", e.primaryNeed());
        element(x, "CINclosureDate", e.closureDate());
        element(x, "ReasonForClosure", e.closureReason());
        element(x, "DateOfInitialCPC", e.dateOfInitialCpc());
        element(x, "ReferralNFA", Boolean.toString(e.nfa()));
        for (CinChild.Assessment a : e.assessments()) {
            x.writeStartElement("Assessments");
            element(x, "AssessmentActualStartDate", a.start());
            element(x, "AssessmentAuthorisationDate", a.authorised());
            if (!a.factors().isEmpty()) {
                x.writeStartElement("FactorsIdentifiedAtAssessment");
                for (String factor : a.factors()) {
                    element(x, "AssessmentFactors", factor);
                }
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        for (CinChild.PlanDates p : e.cinPlans()) {
            x.writeStartElement("CINPlanDates");
            element(x, "CINPlanStartDate", p.start());
            element(x, "CINPlanEndDate", p.end());
            x.writeEndElement();
        }
        for (CinChild.Section47 s : e.section47s()) {
            x.writeStartElement("Section47");
            element(x, "S47ActualStartDate", s.start());
            element(x, "InitialCPCtarget", s.initialCpcTarget());
            element(x, "DateOfInitialCPC", s.dateOfInitialCpc());
            element(x, "ICPCnotRequired", Boolean.toString(s.icpcNotRequired()));
            x.writeEndElement();
        }
        for (CinChild.ProtectionPlan p : e.protectionPlans()) {
            x.writeStartElement("ChildProtectionPlans");
            element(x, "CPPstartDate", p.start());
            element(x, "CPPendDate", p.end());
            element(x, "InitialCategoryOfAbuse", p.initialCategory());
            element(x, "LatestCategoryOfAbuse", p.latestCategory());
            element(x, "NumberOfPreviousCPP", Integer.toString(p.previousPlans()));
            if (!p.reviews().isEmpty()) {
                x.writeStartElement("Reviews");
                for (LocalDate held : p.reviews()) {
                    element(x, "CPPreviewDate", held);
                }
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeEndElement();
    }
}
