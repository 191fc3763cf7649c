package org.harbour.core.access.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address rules of the access gate. The container serves a normalised path (decoded, dot
 * segments and doubled slashes removed, path parameters dropped), so a gate that reads the raw
 * address can be walked round with {@code //admin/...}, {@code /x/../admin/...}, {@code /%61dmin/...}
 * or {@code /api/module;x/...}. Addresses not in normal form are refused outright, and the gate
 * decides on the path the container will serve.
 */
public final class RequestAddress {

    private RequestAddress() {
    }

    /** Why the raw address (path without query) is not in normal form, or null when it is. */
    public static String abnormality(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return "The address must start with a slash";
        }
        if (rawPath.indexOf(';') >= 0) {
            return "Path parameters are not accepted";
        }
        if (rawPath.indexOf('\\') >= 0) {
            return "Backslashes are not accepted in addresses";
        }
        if (rawPath.contains("//")) {
            return "Doubled slashes are not accepted in addresses";
        }
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return "Control characters are not accepted in addresses";
            }
            if (c == '%') {
                String encoding = encodedCharacterProblem(rawPath, i);
                if (encoding != null) {
                    return encoding;
                }
            }
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return "Dot segments are not accepted in addresses";
            }
        }
        return null;
    }

    /**
     * Percent-encoding is fine for characters that need it (spaces, non-ASCII letters) but not for
     * ones that change how the path is read or that never need encoding ({@code %2f}, {@code %2e},
     * {@code %61}, {@code %25}...): those only ever serve to disguise an address.
     */
    private static String encodedCharacterProblem(String path, int at) {
        if (at + 2 >= path.length()) {
            return "A broken percent-encoding in the address";
        }
        int high = Character.digit(path.charAt(at + 1), 16);
        int low = Character.digit(path.charAt(at + 2), 16);
        if (high < 0 || low < 0) {
            return "A broken percent-encoding in the address";
        }
        int value = high * 16 + low;
        boolean unreserved = Character.isLetterOrDigit(value) && value < 0x80 || value == '-' || value == '.'
                || value == '_' || value == '~';
        if (unreserved || value == '/' || value == '\\' || value == '%' || value == ';' || value < 0x20 || value == 0x7f) {
            return "An encoded '" + (value < 0x20 || value == 0x7f ? "control character" : Character.toString(value))
                    + "' is not accepted in addresses";
        }
        return null;
    }

    /** The raw path of the request below the server root, without the query string. */
    public static String rawPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** The path the container serves below the context root, as mapped to a servlet. */
    public static String servedPath(HttpServletRequest request) {
        String servlet = request.getServletPath() == null ? "" : request.getServletPath();
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        String path = servlet + info;
        return path.isEmpty() ? "/" : path;
    }
}
