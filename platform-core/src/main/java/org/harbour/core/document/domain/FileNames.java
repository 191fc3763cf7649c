package org.harbour.core.document.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Makes an uploaded file's name safe to store and to offer back for download: no folders, no
 * control or direction-changing characters, none that Windows forbids, no leading dots, a
 * bounded length that keeps the extension.
 */
public final class FileNames {

    public static final String FALLBACK = "document";
    static final int MAX_LENGTH = 150;
    private static final String FORBIDDEN = "<>:\"/\\|?*";
    private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private FileNames() {
    }

    public static String sanitise(String original) {
        if (original == null) {
            return FALLBACK;
        }
        String name = original;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                clean.append(' ');
            } else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT
                    && FORBIDDEN.indexOf(cp) < 0 && Character.isDefined(cp)) {
                clean.appendCodePoint(cp);
            }
        });
        name = clean.toString().replaceAll(" {2,}", " ").strip();
        name = name.replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
        if (name.isEmpty()) {
            return FALLBACK;
        }
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        if (WINDOWS_RESERVED.contains(base.toLowerCase(Locale.ROOT))) {
            base = "_" + base;
        }
        if (extension.length() > 16) {
            base = base + extension;
            extension = "";
        }
        int room = MAX_LENGTH - extension.length();
        if (base.codePointCount(0, base.length()) > room) {
            base = base.substring(0, base.offsetByCodePoints(0, room)).strip();
        }
        return base + extension;
    }
}
