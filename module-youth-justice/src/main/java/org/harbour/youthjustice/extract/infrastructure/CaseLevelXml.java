package org.harbour.youthjustice.extract.infrastructure;

import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.youthjustice.extract.domain.CaseLevelChild;
import org.harbour.youthjustice.extract.domain.CodeMap;
import org.harbour.youthjustice.extract.domain.CodeMap.Field;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The case-level file. No public schema exists for the YJB's case-level data, so this is the
 * portal's own layout (version {@value #LAYOUT}), named in the file with the version of the code map
 * used: children by local id, the quarter's offences and outcomes, every code as the map gives it.
 * A value missing or not mapped is left out rather than sent blank; the checks name it.
 */
public final class CaseLevelXml {

    public static final String LAYOUT = "harbour-yj-1";

    private CaseLevelXml() {
    }

    public static byte[] write(List<CaseLevelChild> children, ReturnPeriod period, CodeMap map) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("YJCaseLevelData");
            x.writeAttribute("layout", LAYOUT);
            x.writeAttribute("codeMap", map.version());
            x.writeStartElement("Header");
            element(x, "Period", period.label());
            element(x, "PeriodStart", period.start());
            element(x, "PeriodEnd", period.end());
            element(x, "Children", children.size());
            x.writeEndElement();
            for (CaseLevelChild c : children) {
                x.writeStartElement("Child");
                element(x, "LocalId", c.personId());
                element(x, "DateOfBirth", c.dateOfBirth());
                element(x, "Sex", map.yjb(Field.SEX, c.sex()));
                element(x, "Ethnicity", map.yjb(Field.ETHNICITY, c.ethnicity()));
                for (CaseLevelChild.OffenceRow o : c.offences()) {
                    x.writeStartElement("Offence");
                    element(x, "OffenceId", o.offenceId());
                    element(x, "OffenceDate", o.committedOn());
                    element(x, "OffenceType", map.yjb(Field.OFFENCE_TYPE, o.type()));
                    element(x, "Gravity", o.gravity());
                    element(x, "SeriousViolence", o.seriousViolence());
                    x.writeEndElement();
                }
                for (CaseLevelChild.OutcomeRow o : c.outcomes()) {
                    x.writeStartElement("Outcome");
                    element(x, "OutcomeId", o.outcomeId());
                    element(x, "OffenceId", o.offenceId());
                    element(x, "OutcomeDate", o.outcomeOn());
                    element(x, "OutcomeCode", map.yjb(Field.OUTCOME, o.code()));
                    element(x, "QuashedOn", o.quashedOn());
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the case-level data: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter x, String name, Object value) throws XMLStreamException {
        if (value == null || value.toString().isBlank()) {
            return;
        }
        x.writeStartElement(name);
        x.writeCharacters(value.toString());
        x.writeEndElement();
    }
}
