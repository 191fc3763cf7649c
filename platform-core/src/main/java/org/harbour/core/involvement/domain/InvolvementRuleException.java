package org.harbour.core.involvement.domain;

import java.util.List;

/** An involvement breaks one or more rules; nothing was saved. */
public class InvolvementRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<RuleViolation> violations;

    public InvolvementRuleException(List<RuleViolation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.violations = List.copyOf(violations);
    }

    public InvolvementRuleException(String field, String message) {
        this(List.of(new RuleViolation(field, message)));
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
