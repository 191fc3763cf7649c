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

/** One of the plan's special educational needs and its rank (1 is the primary need). Changed through its plan. */
@Entity
@Table(name = "send_plan_need")
public class PlanNeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private EhcPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(name = "sen_type", nullable = false, length = 10)
    private SenType senType;

    @Column(name = "sen_rank", nullable = false)
    private int senRank;

    protected PlanNeed() {
    }

    PlanNeed(EhcPlan plan, SenType senType, int senRank) {
        this.plan = plan;
        this.senType = senType;
        this.senRank = senRank;
    }

    public SenType getSenType() {
        return senType;
    }

    public int getSenRank() {
        return senRank;
    }
}
