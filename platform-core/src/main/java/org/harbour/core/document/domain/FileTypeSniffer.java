package org.harbour.core.document.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells what a file is from its bytes, never from its name: the signatures of PDF, PNG and JPEG;
 * for ZIP-based office files the entries that make a Word, Excel or OpenDocument text file;
 * plain text when the bytes are UTF-8 with no control characters but tab and line ends.
 */
public final class FileTypeSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";
    /** Enough entries to find the tell-tale ones of any real office file; stops a crafted archive early. */
    private static final int MAX_ZIP_ENTRIES = 5_000;

    private FileTypeSniffer() {
    }

    public static Optional<FileType> detect(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        if (startsWith(content, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(content, ZIP)) {
            return officeFile(content);
        }
        return isPlainText(content) ? Optional.of(FileType.TXT) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    /** Reads entry names only (and the few bytes of an OpenDocument's mimetype entry); nothing is inflated beyond that. */
    private static Optional<FileType> officeFile(byte[] content) {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
                String name = entry.getName();
                if (seen == 1 && name.equals("mimetype")) {
                    byte[] mime = zip.readNBytes(ODT_MIMETYPE.length() + 1);
                    if (new String(mime, StandardCharsets.US_ASCII).equals(ODT_MIMETYPE)) {
                        return Optional.of(FileType.ODT);
                    }
                }
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.equals("word/document.xml");
                excel |= name.equals("xl/workbook.xml");
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (contentTypes && word) {
            return Optional.of(FileType.DOCX);
        }
        if (contentTypes && excel) {
            return Optional.of(FileType.XLSX);
        }
        return Optional.empty();
    }

    private static boolean isPlainText(byte[] content) {
        for (byte b : content) {
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
