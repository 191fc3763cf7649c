package org.harbour.performance.cincensus;

import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.harbour.core.spi.casedata.ChildCharacteristicsRow;
import org.harbour.core.spi.casedata.InvolvementDetailRow;
import org.harbour.core.spi.casedata.PersonRecordRow;
import org.harbour.core.spi.casedata.ReviewRow;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ReturnPeriodRule;
import org.harbour.core.spi.returns.ValidationMessage;
import org.harbour.performance.cincensus.domain.CinCensusAssembly;
import org.harbour.performance.cincensus.domain.CinCensusRecords;
import org.harbour.performance.cincensus.domain.CinCensusRules;
import org.harbour.performance.cincensus.domain.CinChild;
import org.harbour.performance.cincensus.infrastructure.CinCensusXml;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One hand-built child with a referral in 2024-25 still open in 2025-26, an assessment with
 * factors, a strategy discussion and section 47 leading to a conference, and a CP plan with two
 * reviews, checked element by element in the 2025-26 census; and the rules with a record that
 * passes and one that fails.
 */
class CinCensusReturnTest {

    private static final ReturnPeriod YEAR = ReturnPeriodRule.aprilToMarch().period("2025-26");
    private static final long CHILD = 51;

    private static CinCensusRecords records(String primaryNeed, LocalDate referralEnd) {
        InvolvementDetailRow referral = row(1, "REFERRAL", LocalDate.of(2025, 3, 3), referralEnd, null, "1B",
                primaryNeed, referralEnd == null ? null : "RC1", null, null, null, null, null, null);
        InvolvementDetailRow assessment = row(2, "ASSESSMENT", LocalDate.of(2025, 3, 4), null, 1L, null, null, null,
                LocalDate.of(2025, 4, 10), "2B 3A", null, null, null, null);
        InvolvementDetailRow strategy = row(3, "STRATEGY_DISCUSSION", LocalDate.of(2025, 4, 14), null, 1L, null, null,
                null, null, null, null, null, null, null);
        InvolvementDetailRow s47 = row(4, "SECTION_47", LocalDate.of(2025, 4, 15), LocalDate.of(2025, 4, 29), 1L,
                null, null, null, null, null, "ICPC", LocalDate.of(2025, 4, 30), null, null);
        InvolvementDetailRow plan = row(5, "CP_PLAN", LocalDate.of(2025, 4, 30), LocalDate.of(2026, 5, 1), 1L, null,
                null, null, null, null, null, null, "NEG", "MUL");
        PersonRecordRow person = new PersonRecordRow(CHILD, LocalDate.of(2019, 2, 2), null, "M", "BAFR",
                "A123456789012", null);
        List<ReviewRow> reviews = List.of(new ReviewRow(9, CHILD, LocalDate.of(2025, 7, 30), "CP_CONFERENCE"),
                new ReviewRow(10, CHILD, LocalDate.of(2026, 1, 29), "CP_CONFERENCE"),
                new ReviewRow(11, CHILD, LocalDate.of(2026, 4, 20), "CP_CONFERENCE"));
        return new CinCensusRecords(List.of(referral), List.of(assessment, strategy, s47, plan), reviews,
                List.of(person));
    }

    private static InvolvementDetailRow row(long id, String kind, LocalDate start, LocalDate end, Long referral,
                                            String source, String need, String closure, LocalDate completed,
                                            String factors, String outcome, LocalDate icpc, String category,
                                            String latest) {
        return new InvolvementDetailRow(id, CHILD, kind, start, end, referral, source, need, false, closure, completed,
                factors, outcome, icpc, category, latest, null, null, null, null);
    }

    @Test
    void theCensusCarriesTheChildElementByElement() throws Exception {
        List<CinChild> children = CinCensusAssembly.children(records("N1", null), YEAR, new WorkingDayCalendar());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(CinCensusXml.write(children, YEAR, "873")));
        XPath x = XPathFactory.newInstance().newXPath();

        assertThat(x.evaluate("/Message/Header/CollectionDetails/Year", xml)).isEqualTo("2026");
        assertThat(x.evaluate("/Message/Header/CollectionDetails/ReferenceDate", xml)).isEqualTo("2026-03-31");
        assertThat(x.evaluate("/Message/Header/Source/LEA", xml)).isEqualTo("873");
        String child = "/Message/Children/Child";
        assertThat(x.evaluate(child + "/ChildIdentifiers/LAchildID", xml)).isEqualTo("51");
        assertThat(x.evaluate(child + "/ChildIdentifiers/UPN", xml)).isEqualTo("A123456789012");
        assertThat(x.evaluate(child + "/ChildIdentifiers/PersonBirthDate", xml)).isEqualTo("2019-02-02");
        assertThat(x.evaluate(child + "/ChildCharacteristics/Ethnicity", xml)).isEqualTo("BAFR");
        String cin = child + "/CINdetails";
        assertThat(x.evaluate(cin + "/CINreferralDate", xml)).isEqualTo("2025-03-03");
        assertThat(x.evaluate(cin + "/ReferralSource", xml)).isEqualTo("1B");
        assertThat(x.evaluate(cin + "/PrimaryNeedCode", xml)).isEqualTo("N1");
        assertThat(x.evaluate("count(" + cin + "/CINclosureDate)", xml)).isEqualTo("0");
        // The conference is given on its enquiry only (rule 2884), not again on the CIN details.
        assertThat(x.evaluate("count(" + cin + "/DateOfInitialCPC)", xml)).isEqualTo("0");
        assertThat(x.evaluate(cin + "/Section47/DateOfInitialCPC", xml)).isEqualTo("2025-04-30");
        assertThat(x.evaluate(cin + "/ReferralNFA", xml)).isEqualTo("false");
        assertThat(x.evaluate(cin + "/Assessments/AssessmentAuthorisationDate", xml)).isEqualTo("2025-04-10");
        assertThat(x.evaluate(cin + "/Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors[1]", xml))
                .isEqualTo("2B");
        assertThat(x.evaluate(cin + "/Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors[2]", xml))
                .isEqualTo("3A");
        assertThat(x.evaluate(cin + "/Section47/S47ActualStartDate", xml)).isEqualTo("2025-04-15");
        // Strategy discussion on Monday 14 April 2025: 15 working days on, past Good Friday and Easter Monday.
        assertThat(x.evaluate(cin + "/Section47/InitialCPCtarget", xml)).isEqualTo("2025-05-08");
        assertThat(x.evaluate(cin + "/Section47/ICPCnotRequired", xml)).isEqualTo("false");
        assertThat(x.evaluate(cin + "/ChildProtectionPlans/CPPstartDate", xml)).isEqualTo("2025-04-30");
        // The plan ended after 31 March 2026: still open for this census; the April review is not in it.
        assertThat(x.evaluate("count(" + cin + "/ChildProtectionPlans/CPPendDate)", xml)).isEqualTo("0");
        assertThat(x.evaluate(cin + "/ChildProtectionPlans/InitialCategoryOfAbuse", xml)).isEqualTo("NEG");
        assertThat(x.evaluate(cin + "/ChildProtectionPlans/LatestCategoryOfAbuse", xml)).isEqualTo("MUL");
        assertThat(x.evaluate("count(" + cin + "/ChildProtectionPlans/Reviews/CPPreviewDate)", xml)).isEqualTo("2");
        assertThat(x.evaluate(cin + "/ChildProtectionPlans/Reviews/CPPreviewDate[2]", xml)).isEqualTo("2026-01-29");
        assertThat(x.evaluate(cin + "/ChildProtectionPlans/NumberOfPreviousCPP", xml)).isEqualTo("0");
        // Nothing recorded: no reason for a UPN the child has, no Disabilities element.
        assertThat(x.evaluate("count(" + child + "/ChildIdentifiers/UPNunknown)", xml)).isEqualTo("0");
        assertThat(x.evaluate("count(" + child + "/ChildCharacteristics/Disabilities)", xml)).isEqualTo("0");
    }

    /** The same child without a UPN, her disabilities and why the UPN is unknown recorded, and a plan in 2022 before this one. */
    private static CinCensusRecords withCharacteristics(List<String> disabilities, String upnUnknown, String upn) {
        CinCensusRecords r = records("N1", null);
        InvolvementDetailRow earlier = row(6, "CP_PLAN", LocalDate.of(2022, 1, 10), LocalDate.of(2022, 9, 1), 7L, null,
                null, null, null, null, null, null, "EMO", "EMO");
        PersonRecordRow person = new PersonRecordRow(CHILD, LocalDate.of(2019, 2, 2), null, "M", "BAFR", upn, null);
        List<InvolvementDetailRow> work = new java.util.ArrayList<>(r.work());
        work.add(earlier);
        return new CinCensusRecords(r.referrals(), work, r.reviews(), List.of(person),
                List.of(new ChildCharacteristicsRow(CHILD, disabilities, upnUnknown)));
    }

    @Test
    void theCensusCarriesDisabilitiesTheReasonForNoUpnAndThePlansBefore() throws Exception {
        List<CinChild> children = CinCensusAssembly.children(withCharacteristics(List.of("MOB", "AUT"), "UN4", null),
                YEAR, new WorkingDayCalendar());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(CinCensusXml.write(children, YEAR, "873")));
        XPath x = XPathFactory.newInstance().newXPath();
        String child = "/Message/Children/Child";
        assertThat(x.evaluate("count(" + child + "/ChildIdentifiers/UPN)", xml)).isEqualTo("0");
        assertThat(x.evaluate(child + "/ChildIdentifiers/UPNunknown", xml)).isEqualTo("UN4");
        // In the DfE's order: UPNunknown before the birth date, Disabilities after Ethnicity.
        assertThat(x.evaluate("name(" + child + "/ChildIdentifiers/UPNunknown/following-sibling::*[1])", xml))
                .isEqualTo("PersonBirthDate");
        assertThat(x.evaluate("name(" + child + "/ChildCharacteristics/*[2])", xml)).isEqualTo("Disabilities");
        assertThat(x.evaluate(child + "/ChildCharacteristics/Disabilities/Disability[1]", xml)).isEqualTo("MOB");
        assertThat(x.evaluate(child + "/ChildCharacteristics/Disabilities/Disability[2]", xml)).isEqualTo("AUT");
        // The 2022 plan followed another referral, not in this year's census, yet it counts as a previous plan.
        String plan = child + "/CINdetails/ChildProtectionPlans";
        assertThat(x.evaluate("count(" + plan + ")", xml)).isEqualTo("1");
        assertThat(x.evaluate(plan + "/NumberOfPreviousCPP", xml)).isEqualTo("1");
        assertThat(x.evaluate("name(" + plan + "/NumberOfPreviousCPP/following-sibling::*[1])", xml))
                .isEqualTo("Reviews");
        assertThat(CinCensusRules.check(children, YEAR)).isEmpty();
    }

    private static Document census(PersonRecordRow person) throws Exception {
        CinCensusRecords r = records("N1", null);
        CinCensusRecords withPerson = new CinCensusRecords(r.referrals(), r.work(), r.reviews(), List.of(person));
        List<CinChild> children = CinCensusAssembly.children(withPerson, YEAR, new WorkingDayCalendar());
        assertThat(CinCensusRules.check(children, YEAR)).isEmpty();
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(CinCensusXml.write(children, YEAR, "873")));
    }

    @Test
    void theCensusCarriesTheFormerUpnAndTheDateOfDeathInTheDfesOrder() throws Exception {
        Document xml = census(new PersonRecordRow(CHILD, LocalDate.of(2019, 2, 2), LocalDate.of(2026, 2, 1), "M",
                "BAFR", "A123456789012", null, "H243278544154", null));
        XPath x = XPathFactory.newInstance().newXPath();
        String ids = "/Message/Children/Child/ChildIdentifiers";
        assertThat(x.evaluate(ids + "/FormerUPN", xml)).isEqualTo("H243278544154");
        assertThat(x.evaluate(ids + "/PersonDeathDate", xml)).isEqualTo("2026-02-01");
        assertThat(x.evaluate("count(" + ids + "/ExpectedPersonBirthDate)", xml)).isEqualTo("0");
        List<String> order = new java.util.ArrayList<>();
        org.w3c.dom.NodeList fields = (org.w3c.dom.NodeList) x.evaluate(ids + "/*", xml,
                javax.xml.xpath.XPathConstants.NODESET);
        for (int i = 0; i < fields.getLength(); i++) {
            order.add(fields.item(i).getNodeName());
        }
        assertThat(order).containsExactly("LAchildID", "UPN", "FormerUPN", "PersonBirthDate", "Sex",
                "PersonDeathDate");
    }

    @Test
    void anUnbornChildIsNamedByTheExpectedDateOfBirthAndADeathAfterTheYearIsLeftOut() throws Exception {
        Document xml = census(new PersonRecordRow(CHILD, null, null, "U", null, null, null, null,
                LocalDate.of(2025, 9, 1)));
        XPath x = XPathFactory.newInstance().newXPath();
        String ids = "/Message/Children/Child/ChildIdentifiers";
        assertThat(x.evaluate(ids + "/ExpectedPersonBirthDate", xml)).isEqualTo("2025-09-01");
        assertThat(x.evaluate("count(" + ids + "/PersonBirthDate)", xml)).isEqualTo("0");
        // Born and recorded: the expected date is no longer sent; a death after 31 March is not yet a fact of the year.
        Document born = census(new PersonRecordRow(CHILD, LocalDate.of(2025, 8, 30), LocalDate.of(2026, 4, 2), "F",
                "WBRI", null, null, null, LocalDate.of(2025, 9, 1)));
        assertThat(x.evaluate("count(" + ids + "/ExpectedPersonBirthDate)", born)).isEqualTo("0");
        assertThat(x.evaluate(ids + "/PersonBirthDate", born)).isEqualTo("2025-08-30");
        assertThat(x.evaluate("count(" + ids + "/PersonDeathDate)", born)).isEqualTo("0");
    }

    @Test
    void aReasonForNoUpnIsLeftOutForAChildWhoHasOne() {
        List<CinChild> children = CinCensusAssembly.children(withCharacteristics(List.of("NONE"), "UN4",
                "A123456789012"), YEAR, new WorkingDayCalendar());
        assertThat(children.get(0).upnUnknown()).isNull();
        assertThat(children.get(0).disabilities()).containsExactly("NONE");
    }

    @Test
    void disabilitiesAndTheReasonForNoUpnAreCheckedWithRules8790And8794And8772() {
        String link = "/case/looked-after.xhtml?person=51&section=census";
        assertThat(check(withCharacteristics(List.of("NONE", "MOB"), null, null)))
                .extracting(ValidationMessage::ruleCode, ValidationMessage::field, ValidationMessage::message,
                        ValidationMessage::link)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("8790", "Disability",
                        "Disability information includes both None and other values", link));
        assertThat(check(withCharacteristics(List.of("MOB", "MOB"), null, null)))
                .extracting(ValidationMessage::ruleCode, ValidationMessage::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("8794",
                        "Child has two or more disabilities with the same code"));
        // UN7 says every referral ended with no further action; this one went on to a plan.
        assertThat(check(withCharacteristics(List.of(), "UN7", null)))
                .extracting(ValidationMessage::ruleCode, ValidationMessage::field, ValidationMessage::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("8772", "UPNunknown", "UPN unknown reason is UN7 "
                        + "(Referral with no further action) but at least one CIN details is a referral going on to "
                        + "further action"));
    }

    private static List<ValidationMessage> check(CinCensusRecords records) {
        return CinCensusRules.check(CinCensusAssembly.children(records, YEAR, new WorkingDayCalendar()), YEAR);
    }

    @Test
    void aGoodRecordPassesTheRules() {
        assertThat(CinCensusRules.check(CinCensusAssembly.children(records("N1", null), YEAR,
                new WorkingDayCalendar()), YEAR)).isEmpty();
    }

    @Test
    void aMissingNeedAndActivityAfterClosureAreFound() {
        List<ValidationMessage> messages = CinCensusRules.check(CinCensusAssembly.children(
                records(null, LocalDate.of(2025, 4, 20)), YEAR, new WorkingDayCalendar()), YEAR);
        assertThat(messages).extracting(ValidationMessage::ruleCode, ValidationMessage::field)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("8610", "PrimaryNeedCode"),
                        org.assertj.core.groups.Tuple.tuple("8565", "CINclosureDate"));
        assertThat(messages).allMatch(m -> m.personId() == CHILD && "/case/involvement.xhtml?person=51&kind=referral&id=1".equals(m.link()));
    }

    @Test
    void aReferralClosedBeforeTheYearIsNotInTheCensus() {
        assertThat(CinCensusAssembly.children(records("N1", LocalDate.of(2025, 3, 31)), YEAR,
                new WorkingDayCalendar())).isEmpty();
    }
}
