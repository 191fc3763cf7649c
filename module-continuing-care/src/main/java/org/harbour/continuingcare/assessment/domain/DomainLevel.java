package org.harbour.continuingcare.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The level of need found in one care domain and the evidence for it. */
@Embeddable
public class DomainLevel {

    @Enumerated(EnumType.STRING)
    @Column(name = "care_domain", nullable = false, length = 30)
    private CareDomain domain;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_level", nullable = false, length = 20)
    private CareLevel level;

    @Column(length = 2000)
    private String evidence;

    protected DomainLevel() {
    }

    public DomainLevel(CareDomain domain, CareLevel level, String evidence) {
        this.domain = domain;
        this.level = level;
        this.evidence = evidence;
    }

    public CareDomain getDomain() {
        return domain;
    }

    public CareLevel getLevel() {
        return level;
    }

    public String getEvidence() {
        return evidence;
    }
}
