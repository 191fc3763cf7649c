package org.harbour.youthjustice.outcome.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One type of outcome on the ladder, kept as data: the code the module stores, the national code
 * apart from the label shown, and the facts the measures count it by. A new type (Outcome 23, a
 * youth diversion order) is a new row, not a code change. Changed only by migrations, so unversioned.
 */
@Entity
@Table(name = "youth_justice_outcome_type")
public class OutcomeType {

    @Id
    @Column(length = 40)
    private String code;

    @Column(name = "national_code", nullable = false, length = 20)
    private String nationalCode;

    @Column(nullable = false, length = 120)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Rung rung;

    /** A youth caution, conditional caution or conviction: what makes a first time entrant and a proven offence. */
    @Column(nullable = false)
    private boolean substantive;

    @Column(nullable = false)
    private boolean custodial;

    /** A statutory youth justice order (referral order, YRO, custody): a child who had one is never eligible for Turnaround. */
    @Column(name = "statutory_order", nullable = false)
    private boolean statutoryOrder;

    @Column(nullable = false)
    private boolean conditional;

    /** An outcome that can make a child eligible for Turnaround. */
    @Column(name = "turnaround_trigger", nullable = false)
    private boolean turnaroundTrigger;

    /** A decision the Joint Decision-Making Panel may make. */
    @Column(name = "jdmp_decision", nullable = false)
    private boolean jdmpDecision;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    protected OutcomeType() {
    }

    /** For tests and tools that work without the database. */
    public OutcomeType(String code, String nationalCode, String label, Rung rung, boolean substantive, boolean custodial,
                       boolean statutoryOrder, boolean conditional, boolean turnaroundTrigger) {
        this.code = code;
        this.nationalCode = nationalCode;
        this.label = label;
        this.rung = rung;
        this.substantive = substantive;
        this.custodial = custodial;
        this.statutoryOrder = statutoryOrder;
        this.conditional = conditional;
        this.turnaroundTrigger = turnaroundTrigger;
        this.active = true;
    }

    public String getCode() {
        return code;
    }

    public String getNationalCode() {
        return nationalCode;
    }

    public String getLabel() {
        return label;
    }

    public Rung getRung() {
        return rung;
    }

    public boolean isSubstantive() {
        return substantive;
    }

    public boolean isCustodial() {
        return custodial;
    }

    public boolean isStatutoryOrder() {
        return statutoryOrder;
    }

    public boolean isConditional() {
        return conditional;
    }

    public boolean isTurnaroundTrigger() {
        return turnaroundTrigger;
    }

    public boolean isJdmpDecision() {
        return jdmpDecision;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }
}
