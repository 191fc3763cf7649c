package org.harbour.core.document.api;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a file name from a {@code Content-Disposition} header and writes the header of a download. */
public final class ContentDisposition {

    private static final Pattern EXTENDED = Pattern.compile("filename\\*\\s*=\\s*UTF-8''([^;]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN = Pattern.compile("filename\\s*=\\s*([^;\\s]+)", Pattern.CASE_INSENSITIVE);

    private ContentDisposition() {
    }

    /** The file name a client sent, or null; the caller sanitises it. */
    public static String fileName(String header) {
        if (header == null) {
            return null;
        }
        Matcher m = EXTENDED.matcher(header);
        if (m.find()) {
            try {
                return URLDecoder.decode(m.group(1).trim().replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        m = QUOTED.matcher(header);
        if (m.find()) {
            return m.group(1).replaceAll("\\\\(.)", "$1");
        }
        m = PLAIN.matcher(header);
        return m.find() ? m.group(1) : null;
    }

    /** {@code attachment} with an ASCII fallback name and the exact name in RFC 5987 form. */
    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
