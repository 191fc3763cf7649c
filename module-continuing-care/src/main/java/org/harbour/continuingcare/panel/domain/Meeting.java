package org.harbour.continuingcare.panel.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.harbour.core.spi.persistence.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One sitting of a panel and who attended it. */
@Entity
@Table(name = "continuing_care_meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "panel_id")
    private Panel panel;

    @Column(name = "meets_on", nullable = false)
    private LocalDate meetsOn;

    @ElementCollection
    @CollectionTable(name = "continuing_care_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "member_id")
    private Set<Long> present = new HashSet<>();

    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    protected Meeting() {
    }

    public Meeting(Panel panel, LocalDate meetsOn, String by, Instant at) {
        this.panel = panel;
        this.meetsOn = meetsOn;
        touched(by, at);
    }

    public void recordAttendance(Set<Long> memberIds) {
        present.clear();
        present.addAll(memberIds);
    }

    /** Decision-makers of the panel who are not recorded as present. */
    public List<PanelMember> absentDecisionMakers() {
        return panel.getMembers().stream().filter(m -> m.isDecisionMaker() && !present.contains(m.getId())).toList();
    }

    public long decisionMakersPresent() {
        return panel.getMembers().stream().filter(m -> m.isDecisionMaker() && present.contains(m.getId())).count();
    }

    public boolean isQuorate() {
        return decisionMakersPresent() >= panel.getQuorum();
    }

    public void touched(String by, Instant at) {
        this.stamp = Stamp.of(by, at);
    }

    public Long getId() {
        return id;
    }

    public Panel getPanel() {
        return panel;
    }

    public LocalDate getMeetsOn() {
        return meetsOn;
    }

    public Set<Long> getPresent() {
        return present;
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
