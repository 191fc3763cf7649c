package org.harbour.send.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * One issued version of a plan (draft, final, amended), with the text of its sections as they were
 * issued: a version never changes once issued.
 */
@Entity
@Table(name = "send_plan_version")
public class PlanVersion {

    private static final int MAX_TEXT = 32_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private EhcPlan plan;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VersionKind kind;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_by", nullable = false, length = 80)
    private String issuedBy;

    @Column(name = "content", length = MAX_TEXT)
    private String content;

    protected PlanVersion() {
    }

    PlanVersion(EhcPlan plan, int number, VersionKind kind, LocalDate issuedOn, String issuedBy) {
        this.plan = plan;
        this.number = number;
        this.kind = kind;
        this.issuedOn = issuedOn;
        this.issuedBy = issuedBy;
        StringBuilder text = new StringBuilder();
        plan.sections().forEach((s, v) -> text.append(s.getLetter()).append(". ").append(s.getLabel()).append('\n')
                .append(v == null ? "" : v).append("\n\n"));
        this.content = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text.toString();
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public VersionKind getKind() {
        return kind;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getContent() {
        return content;
    }
}
