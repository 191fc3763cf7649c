package org.harbour.core.spi.returns;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One file of a return as it is sent: its name (letters, digits, dots, hyphens and underscores,
 * e.g. {@code 903_episodes.csv}), media type ({@code text/csv}, {@code application/xml}) and bytes.
 * The bytes are copied in and out, so a file once produced cannot change under the run that keeps it.
 */
public record ReturnFile(String name, String mediaType, byte[] content) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,119}");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9.+-]+(;\\s*charset=[A-Za-z0-9-]+)?");

    public ReturnFile {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A return file name is letters, digits, '.', '-' and '_': " + name);
        }
        if (mediaType == null || !MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new IllegalArgumentException("Not a media type: " + mediaType);
        }
        content = Objects.requireNonNull(content, "content").clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }
}
