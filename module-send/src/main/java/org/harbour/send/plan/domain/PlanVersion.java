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
import java.util.EnumMap;
import java.util.Map;

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
        plan.sections().forEach((s, v) -> text.append(header(s)).append(v == null ? "" : v).append("\n\n"));
        this.content = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text.toString();
    }

    /**
     * The sections as they were issued, read back from the stored text (each headed by its letter
     * and label); a section left empty is an empty string.
     */
    public Map<PlanSection, String> issuedSections() {
        Map<PlanSection, String> sections = new EnumMap<>(PlanSection.class);
        String text = content == null ? "" : content;
        PlanSection[] all = PlanSection.values();
        for (int i = 0; i < all.length; i++) {
            int start = text.indexOf(header(all[i]));
            if (start < 0) {
                sections.put(all[i], "");
                continue;
            }
            start += header(all[i]).length();
            int end = text.length();
            for (int j = i + 1; j < all.length; j++) {
                int next = text.indexOf(header(all[j]), start);
                if (next >= 0) {
                    end = next;
                    break;
                }
            }
            sections.put(all[i], text.substring(start, end).strip());
        }
        return sections;
    }

    private static String header(PlanSection s) {
        return s.getLetter() + ". " + s.getLabel() + "\n";
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
