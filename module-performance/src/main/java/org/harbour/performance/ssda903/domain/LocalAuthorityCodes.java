package org.harbour.performance.ssda903.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * The DfE's local authority codes of England, current and former, and the SSDA903's codes for an
 * order made elsewhere (WAL, SCO, NIR, NUK), from {@code local-authority-codes.csv} beside this
 * class, which names its source.
 */
public final class LocalAuthorityCodes {

    private static final Set<String> CODES = load();

    private LocalAuthorityCodes() {
    }

    /** Whether the value is one of the codes, as written (no spaces, capitals for WAL, SCO, NIR, NUK). */
    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    static Set<String> all() {
        return Set.copyOf(CODES);
    }

    private static Set<String> load() {
        Set<String> codes = new TreeSet<>();
        try (InputStream in = LocalAuthorityCodes.class.getResourceAsStream("local-authority-codes.csv")) {
            if (in == null) {
                throw new IllegalStateException("local-authority-codes.csv is missing beside " + LocalAuthorityCodes.class);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                codes.add(line.substring(0, line.indexOf(',')).trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }
}
