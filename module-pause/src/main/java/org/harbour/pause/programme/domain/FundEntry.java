package org.harbour.pause.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A payment from the flexible fund for the woman: driving lessons, a deposit, a course. */
@Entity
@Table(name = "pause_fund_entry")
public class FundEntry extends RecordPart {

    @Column(name = "spent_on", nullable = false)
    private LocalDate spentOn;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 400)
    private String purpose;

    protected FundEntry() {
    }

    public FundEntry(long participationId, LocalDate spentOn, BigDecimal amount, String purpose, String by, Instant at) {
        super(participationId, by, at);
        this.spentOn = spentOn;
        this.amount = amount;
        this.purpose = Participation.text("purpose", purpose, "Say what the money was for.");
    }

    public LocalDate getSpentOn() { return spentOn; }
    public BigDecimal getAmount() { return amount; }
    public String getPurpose() { return purpose; }
}
