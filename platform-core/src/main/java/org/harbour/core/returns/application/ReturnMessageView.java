package org.harbour.core.returns.application;

import org.harbour.core.returns.domain.ReturnRunMessage;

/** A validator's message as the API shows it: the child by person id only, the field, the page that fixes it. */
public record ReturnMessageView(int line, String ruleCode, String severity, String message, Long personId, String field,
                                String link) {

    static ReturnMessageView of(ReturnRunMessage m) {
        return new ReturnMessageView(m.getLineNo(), m.getRuleCode(), m.getSeverity(), m.getMessage(), m.getPersonId(),
                m.getFieldName(), m.getLink());
    }
}
