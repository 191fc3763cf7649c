package org.harbour.core.returns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.harbour.core.spi.returns.ValidationMessage;

/** One message of a run's validator, as it was given: rule, severity, text, child's id, field and link. */
@Entity
@Table(name = "core_return_message")
public class ReturnRunMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "rule_code", nullable = false, length = 40, updatable = false)
    private String ruleCode;

    @Column(nullable = false, length = 10, updatable = false)
    private String severity;

    @Column(nullable = false, length = 1000, updatable = false)
    private String message;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "field_name", length = 80, updatable = false)
    private String fieldName;

    @Column(length = 300, updatable = false)
    private String link;

    protected ReturnRunMessage() {
    }

    public ReturnRunMessage(long runId, int lineNo, ValidationMessage message) {
        this.runId = runId;
        this.lineNo = lineNo;
        this.ruleCode = message.ruleCode();
        this.severity = message.severity().name();
        this.message = message.message();
        this.personId = message.personId();
        this.fieldName = message.field();
        this.link = message.link();
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getRuleCode() {
        return ruleCode;
    }

    public String getSeverity() {
        return severity;
    }

    public String getMessage() {
        return message;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getFieldName() {
        return fieldName;
    }

    public String getLink() {
        return link;
    }
}
