package org.harbour.youthjustice.extract.infrastructure;

import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ReturnPeriodRule;
import org.harbour.youthjustice.extract.domain.CaseLevelChild;
import org.harbour.youthjustice.extract.domain.CodeMap;
import org.harbour.youthjustice.extract.domain.CodeMap.Field;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CaseLevelXmlTest {

    private static final ReturnPeriod Q2 = ReturnPeriodRule.aprilToMarchQuarters().period("2025-26 Q2");
    private static final CodeMap MAP = new CodeMap("3", Map.of(
            Field.OUTCOME, Map.of("YOUTH_CAUTION", "YC", "REFERRAL_ORDER", "RO"),
            Field.OFFENCE_TYPE, Map.of("ROBBERY", "ROB"),
            Field.SEX, Map.of("F", "2"),
            Field.ETHNICITY, Map.of("BCRB", "B1")));

    private static Document parse(byte[] xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The element's child elements as name=text, in document order. */
    private static List<String> fields(Element e) {
        List<String> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && child.getElementsByTagName("*").getLength() == 0) {
                out.add(child.getTagName() + "=" + child.getTextContent());
            }
        }
        return out;
    }

    private static Element only(Element parent, String name) {
        assertThat(parent.getElementsByTagName(name).getLength()).as(name).isEqualTo(1);
        return (Element) parent.getElementsByTagName(name).item(0);
    }

    @Test
    void oneHandBuiltChildIsWrittenFieldByFieldInTheMappedCodes() throws Exception {
        CaseLevelChild child = new CaseLevelChild(4711, LocalDate.of(2009, 2, 28), "F", "BCRB",
                List.of(new CaseLevelChild.OffenceRow(31, LocalDate.of(2025, 7, 3), "ROBBERY", 6, true)),
                List.of(new CaseLevelChild.OutcomeRow(52, 31L, LocalDate.of(2025, 8, 20), "REFERRAL_ORDER", true, LocalDate.of(2025, 9, 30)),
                        new CaseLevelChild.OutcomeRow(53, null, LocalDate.of(2025, 9, 1), "YOUTH_CAUTION", true, null)));
        Document doc = parse(CaseLevelXml.write(List.of(child), Q2, MAP));
        Element root = doc.getDocumentElement();

        assertThat(root.getTagName()).isEqualTo("YJCaseLevelData");
        assertThat(root.getAttribute("layout")).isEqualTo(CaseLevelXml.LAYOUT);
        assertThat(root.getAttribute("codeMap")).isEqualTo("3");
        assertThat(fields(only(root, "Header"))).containsExactly("Period=2025-26 Q2", "PeriodStart=2025-07-01", "PeriodEnd=2025-09-30",
                "Children=1");

        Element c = only(root, "Child");
        assertThat(fields(c)).containsExactly("LocalId=4711", "DateOfBirth=2009-02-28", "Sex=2", "Ethnicity=B1");
        assertThat(fields(only(c, "Offence"))).containsExactly("OffenceId=31", "OffenceDate=2025-07-03", "OffenceType=ROB", "Gravity=6",
                "SeriousViolence=true");
        assertThat(c.getElementsByTagName("Outcome").getLength()).isEqualTo(2);
        assertThat(fields((Element) c.getElementsByTagName("Outcome").item(0))).containsExactly("OutcomeId=52", "OffenceId=31",
                "OutcomeDate=2025-08-20", "OutcomeCode=RO", "QuashedOn=2025-09-30");
        // No offence and no quashing: those elements are left out, never sent empty.
        assertThat(fields((Element) c.getElementsByTagName("Outcome").item(1))).containsExactly("OutcomeId=53", "OutcomeDate=2025-09-01",
                "OutcomeCode=YC");
    }

    @Test
    void aCodeTheMapDoesNotHoldIsLeftOutNotSentAsTheLocalCode() throws Exception {
        CaseLevelChild child = new CaseLevelChild(8, null, "M", null,
                List.of(new CaseLevelChild.OffenceRow(1, LocalDate.of(2025, 8, 1), "MOTORING", 2, false)), List.of());
        Element c = only(parse(CaseLevelXml.write(List.of(child), Q2, MAP)).getDocumentElement(), "Child");
        assertThat(fields(c)).containsExactly("LocalId=8");
        assertThat(fields(only(c, "Offence"))).containsExactly("OffenceId=1", "OffenceDate=2025-08-01", "Gravity=2", "SeriousViolence=false");
    }
}
