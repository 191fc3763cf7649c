package org.harbour.continuingcare.panel.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.harbour.core.spi.persistence.Stamp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A panel: its terms of reference, its one function, its members and its quorum, the number of
 * its decision-makers who must be present before it may record a decision.
 */
@Entity
@Table(name = "continuing_care_panel")
public class Panel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "panel_function", nullable = false, length = 30)
    private PanelFunction function;

    @Column(name = "terms_of_reference", nullable = false, length = 4000)
    private String termsOfReference;

    @Column(nullable = false)
    private int quorum;

    @OneToMany(mappedBy = "panel", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PanelMember> members = new ArrayList<>();

    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    protected Panel() {
    }

    public Panel(String name, PanelFunction function, String termsOfReference, int quorum, String by, Instant at) {
        this.name = name;
        this.function = function;
        this.termsOfReference = termsOfReference;
        this.quorum = quorum;
        touched(by, at);
    }

    public PanelMember addMember(String name, String role, String agency, boolean decisionMaker) {
        PanelMember member = new PanelMember(this, name, role, agency, decisionMaker);
        members.add(member);
        return member;
    }

    /** Changes the panel's terms; its members are changed one by one. */
    public void change(String name, PanelFunction function, String termsOfReference, int quorum) {
        this.name = name;
        this.function = function;
        this.termsOfReference = termsOfReference;
        this.quorum = quorum;
    }

    public void removeMember(PanelMember member) {
        members.remove(member);
    }

    /** A quorum can be met only if the panel has at least that many decision-makers. */
    public static boolean isQuorumReachable(int quorum, long decisionMakers) {
        return quorum <= decisionMakers;
    }

    public long decisionMakerCount() {
        return members.stream().filter(PanelMember::isDecisionMaker).count();
    }

    public void touched(String by, Instant at) {
        this.stamp = Stamp.of(by, at);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public PanelFunction getFunction() {
        return function;
    }

    public String getTermsOfReference() {
        return termsOfReference;
    }

    public int getQuorum() {
        return quorum;
    }

    public List<PanelMember> getMembers() {
        return members;
    }

    public String getUpdatedBy() {
        return stamp == null ? null : stamp.getUpdatedBy();
    }

    public Instant getUpdatedAt() {
        return stamp == null ? null : stamp.getUpdatedAt();
    }

    public long getVersion() {
        return version;
    }
}
