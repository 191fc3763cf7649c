package org.harbour.continuingcare.panel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A member of a panel, with the role they hold there and whether they may decide. */
@Entity
@Table(name = "continuing_care_panel_member")
public class PanelMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "panel_id")
    private Panel panel;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "member_role", nullable = false, length = 120)
    private String role;

    @Column(nullable = false, length = 120)
    private String agency;

    @Column(name = "decision_maker", nullable = false)
    private boolean decisionMaker;

    protected PanelMember() {
    }

    PanelMember(Panel panel, String name, String role, String agency, boolean decisionMaker) {
        this.panel = panel;
        this.name = name;
        this.role = role;
        this.agency = agency;
        this.decisionMaker = decisionMaker;
    }

    public void change(String name, String role, String agency, boolean decisionMaker) {
        this.name = name;
        this.role = role;
        this.agency = agency;
        this.decisionMaker = decisionMaker;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getAgency() {
        return agency;
    }

    public boolean isDecisionMaker() {
        return decisionMaker;
    }
}
