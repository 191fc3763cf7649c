package org.harbour.core.spi.returns;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One finding of a return's validator about one record: the rule's code as the recipient's
 * validator numbers it, what is wrong, how serious it is, the child it concerns (person id, never a
 * name; null for a finding about the return as a whole), the field (the return's own column or
 * element name, e.g. {@code LS}), and a link to the portal page that puts it right, relative to the
 * portal ({@code /case/child.xhtml?id=12}; null when there is none).
 */
public record ValidationMessage(String ruleCode, Severity severity, String message, Long personId, String field,
                                String link) {

    /** An error stops the recipient accepting the return; a warning asks for a check or an explanation. */
    public enum Severity { ERROR, WARNING }

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    // A path inside the portal only: no scheme, no host, nothing a browser would run.
    private static final Pattern LINK = Pattern.compile("/(?!/)[A-Za-z0-9._~/?&=%-]{0,299}");

    public ValidationMessage {
        Objects.requireNonNull(severity, "severity");
        if (ruleCode == null || !CODE.matcher(ruleCode).matches()) {
            throw new IllegalArgumentException("A rule code is up to 40 letters, digits, '.', '-' and '_': " + ruleCode);
        }
        if (message == null || message.isBlank() || message.length() > 1000) {
            throw new IllegalArgumentException("A message is some text of at most 1000 characters");
        }
        if (field != null && (field.isBlank() || field.length() > 80)) {
            throw new IllegalArgumentException("A field name is at most 80 characters: " + field);
        }
        if (link != null && !LINK.matcher(link).matches()) {
            throw new IllegalArgumentException("A link is a path inside the portal, e.g. /case/child.xhtml?id=12: " + link);
        }
    }

    public static ValidationMessage error(String ruleCode, String message, Long personId, String field, String link) {
        return new ValidationMessage(ruleCode, Severity.ERROR, message, personId, field, link);
    }

    public static ValidationMessage warning(String ruleCode, String message, Long personId, String field, String link) {
        return new ValidationMessage(ruleCode, Severity.WARNING, message, personId, field, link);
    }
}
