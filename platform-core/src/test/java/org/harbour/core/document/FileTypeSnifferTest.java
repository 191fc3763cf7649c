package org.harbour.core.document;

import org.harbour.core.document.domain.FileType;
import org.harbour.core.document.domain.FileTypeSniffer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class FileTypeSnifferTest {

    @Test
    void signaturesDecideNotNames() {
        assertThat(FileTypeSniffer.detect("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1))).contains(FileType.PDF);
        assertThat(FileTypeSniffer.detect(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0})).contains(FileType.PNG);
        assertThat(FileTypeSniffer.detect(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10})).contains(FileType.JPEG);
        assertThat(FileTypeSniffer.detect("Visit notes\r\nSeen at home, café.\n".getBytes(StandardCharsets.UTF_8))).contains(FileType.TXT);
    }

    @Test
    void programsAndOtherBinariesAreNotRecognised() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[2] = (byte) 0x90;
        assertThat(FileTypeSniffer.detect(exe)).isEmpty();
        assertThat(FileTypeSniffer.detect("#!/bin/sh\nrm -rf /\u0000".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileTypeSniffer.detect(new byte[]{(byte) 0xC3, (byte) 0x28})).as("invalid UTF-8").isEmpty();
        assertThat(FileTypeSniffer.detect(new byte[0])).isEmpty();
        assertThat(FileTypeSniffer.detect("GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .as("text-looking but the allow-list checks only what it knows: plain text").contains(FileType.TXT);
    }

    @Test
    void officeFilesAreToldApartByTheirEntries() throws IOException {
        assertThat(FileTypeSniffer.detect(zip("[Content_Types].xml", "word/document.xml"))).contains(FileType.DOCX);
        assertThat(FileTypeSniffer.detect(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(FileType.XLSX);
        assertThat(FileTypeSniffer.detect(odt())).contains(FileType.ODT);
        assertThat(FileTypeSniffer.detect(zip("payload.exe"))).as("a plain ZIP archive").isEmpty();
        assertThat(FileTypeSniffer.detect(new byte[]{'P', 'K', 3, 4, 1, 2, 3})).as("a broken archive").isEmpty();
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] odt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
