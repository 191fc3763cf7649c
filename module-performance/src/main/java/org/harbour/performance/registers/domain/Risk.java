package org.harbour.performance.registers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.harbour.core.spi.persistence.Stamp;

import java.time.Instant;
import java.time.LocalDate;

/** An entry of the risk register: the risk, its programme, rank (1 is the highest), owner, mitigation and review date. */
@Entity
@Table(name = "performance_risk")
public class Risk implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "Describe the risk")
    @Size(max = 200, message = "At most 200 characters")
    @Column(nullable = false)
    private String title;

    @NotBlank(message = "Name the programme")
    @Size(max = 120, message = "At most 120 characters")
    @Column(nullable = false)
    private String programme;

    @Column(name = "risk_rank", nullable = false)
    private int riskRank;

    @NotBlank(message = "Name the owner")
    @Size(max = 120, message = "At most 120 characters")
    @Column(name = "owner_name", nullable = false)
    private String owner;

    @NotBlank(message = "Describe the mitigation")
    @Size(max = 2000, message = "At most 2,000 characters")
    @Column(nullable = false)
    private String mitigation;

    @NotNull(message = "Enter a review date")
    @Column(name = "review_date", nullable = false)
    private LocalDate reviewDate;

    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    public Risk() {
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    /** Constrained here, not on the field, so that pages validate the "rank" property they bind. */
    @Min(value = 1, message = "Rank from 1 (highest)")
    @Max(value = 999, message = "Rank at most 999")
    public int getRank() {
        return riskRank;
    }

    public void setRank(int rank) {
        this.riskRank = rank;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getMitigation() {
        return mitigation;
    }

    public void setMitigation(String mitigation) {
        this.mitigation = mitigation;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public String getUpdatedBy() {
        return stamp == null ? null : stamp.getUpdatedBy();
    }

    public Instant getUpdatedAt() {
        return stamp == null ? null : stamp.getUpdatedAt();
    }

    public void stamp(String by, Instant at) {
        this.stamp = Stamp.of(by, at);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
