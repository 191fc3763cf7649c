package org.harbour.core.spi.returns;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.time.LocalDate;

/**
 * What the DfE's XML returns (CIN census, SEN2...) share: the Message and its Header
 * (CollectionDetails and Source) and optional elements, left out rather than written empty,
 * with dates as YYYY-MM-DD.
 */
public final class DfeXml {

    private DfeXml() {
    }

    /** Opens Message and writes its Header; the caller writes the body and closes Message. */
    public static void openMessage(XMLStreamWriter x, String collection, String year, LocalDate referenceDate,
                                   String laCode) throws XMLStreamException {
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("Message");
        x.writeStartElement("Header");
        x.writeStartElement("CollectionDetails");
        element(x, "Collection", collection);
        element(x, "Year", year);
        element(x, "ReferenceDate", referenceDate);
        x.writeEndElement();
        x.writeStartElement("Source");
        element(x, "SourceLevel", "L");
        element(x, "LEA", laCode);
        element(x, "SoftwareCode", "Harbour");
        x.writeEndElement();
        x.writeEndElement();
    }

    /** An element with its text; nothing when the value is null or blank. */
    public static void element(XMLStreamWriter x, String name, Object value) throws XMLStreamException {
        if (value == null || value.toString().isBlank()) {
            return;
        }
        x.writeStartElement(name);
        x.writeCharacters(value.toString());
        x.writeEndElement();
    }
}
