package org.harbour.continuingcare.packages.application;

import org.harbour.continuingcare.packages.domain.FundingSplit;
import org.harbour.continuingcare.packages.domain.CarePackage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A package with its costs, clinical review, funding splits and next review, as pages and the API show it. */
public class PackageView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter EN_GB = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final long id;
    private final long referralId;
    private final long personId;
    private final String provider;
    private final String type;
    private final String typeLabel;
    private final String status;
    private final String statusLabel;
    private final LocalDate startDate;
    private final LocalDate endDate;
    private final BigDecimal weeklyCost;
    private final BigDecimal annualCost;
    private final String qualityRating;
    private final LocalDate ratedOn;
    private final String qualityNote;
    private final String clinicalReviewOutcome;
    private final boolean clinicalReviewOpen;
    private final boolean clinicalReviewRequired;
    private final LocalDate clinicalReviewDoneOn;
    private final LocalDate nextReviewDue;
    private final boolean reviewOverdue;
    private final boolean proposed;
    private final boolean agreed;
    private final boolean running;
    private final List<SplitView> splits;
    private final long version;

    public PackageView(CarePackage p, List<FundingSplit> splits, LocalDate nextReviewDue, LocalDate today) {
        this.id = p.getId();
        this.referralId = p.getReferralId();
        this.personId = p.getPersonId();
        this.provider = p.getProvider();
        this.type = p.getType().name();
        this.typeLabel = p.getType().getLabel();
        this.status = p.getStatus().name();
        this.statusLabel = p.getStatus().getLabel();
        this.startDate = p.getStartDate();
        this.endDate = p.getEndDate();
        this.weeklyCost = p.getWeeklyCost();
        this.annualCost = p.getAnnualCost();
        this.qualityRating = p.getQualityRating() == null ? null : p.getQualityRating().getLabel();
        this.ratedOn = p.getRatedOn();
        this.qualityNote = p.getQualityNote();
        this.clinicalReviewOutcome = p.getClinicalReviewOutcome();
        this.clinicalReviewOpen = p.isClinicalReviewOpen();
        this.clinicalReviewRequired = p.isClinicalReviewRequired();
        this.clinicalReviewDoneOn = p.getClinicalReviewDoneOn();
        this.nextReviewDue = nextReviewDue;
        this.reviewOverdue = nextReviewDue != null && nextReviewDue.isBefore(today);
        this.proposed = p.isProposed();
        this.agreed = p.isAgreed();
        this.running = p.isActiveOn(today);
        this.splits = splits.stream().map(SplitView::new).toList();
        this.version = p.getVersion();
    }

    /** The split in force on the day, if any. */
    public SplitView splitOn(LocalDate day) {
        return splits.stream().filter(s -> !s.getEffectiveFrom().isAfter(day)
                && (s.getEffectiveTo() == null || !s.getEffectiveTo().isBefore(day))).findFirst().orElse(null);
    }

    /** The latest split recorded: what is proposed for a package not yet running. */
    public SplitView getLatestSplit() {
        return splits.isEmpty() ? null : splits.get(splits.size() - 1);
    }

    public long getId() {
        return id;
    }

    public long getReferralId() {
        return referralId;
    }

    public long getPersonId() {
        return personId;
    }

    public String getProvider() {
        return provider;
    }

    public String getType() {
        return type;
    }

    public String getTypeLabel() {
        return typeLabel;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    /** The latest split as "health / social care / education" percentages, or that none is agreed. */
    public String getFundingText() {
        SplitView split = getLatestSplit();
        return split == null ? "Not agreed" : split.getHealth() + " / " + split.getSocialCare() + " / " + split.getEducation();
    }

    /** The clinical review as read on the page; any part of a review recorded before it was complete may be missing. */
    public String getClinicalReviewText() {
        if (clinicalReviewOpen) {
            return "Required: not yet held";
        }
        if (!clinicalReviewRequired) {
            return "Not required";
        }
        String held = clinicalReviewDoneOn == null ? "Held" : "Held on " + EN_GB.format(clinicalReviewDoneOn);
        return clinicalReviewOutcome == null || clinicalReviewOutcome.isBlank() ? held : held + ": " + clinicalReviewOutcome;
    }

    /** The quality rating with the day of the visit and its note, each only when recorded. */
    public String getQualityText() {
        String rating = qualityRating == null ? "Not yet rated" : qualityRating + (ratedOn == null ? "" : " (" + EN_GB.format(ratedOn) + ")");
        return qualityNote == null || qualityNote.isBlank() ? rating : rating + ": " + qualityNote;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getWeeklyCost() {
        return weeklyCost;
    }

    public BigDecimal getAnnualCost() {
        return annualCost;
    }

    public String getQualityRating() {
        return qualityRating;
    }

    public LocalDate getRatedOn() {
        return ratedOn;
    }

    public String getQualityNote() {
        return qualityNote;
    }

    public String getClinicalReviewOutcome() {
        return clinicalReviewOutcome;
    }

    /** A clinical review is required by the cost and has not been held yet. */
    public boolean isClinicalReviewOpen() {
        return clinicalReviewOpen;
    }

    public boolean isClinicalReviewRequired() {
        return clinicalReviewRequired;
    }

    public LocalDate getClinicalReviewDoneOn() {
        return clinicalReviewDoneOn;
    }

    public LocalDate getNextReviewDue() {
        return nextReviewDue;
    }

    public boolean isReviewOverdue() {
        return reviewOverdue;
    }

    /** Proposed to panel and not yet agreed: commissioning may agree it. */
    public boolean isProposed() {
        return proposed;
    }

    /** Agreed: it is reviewed. */
    public boolean isAgreed() {
        return agreed;
    }

    /** Agreed and running on the day the view was made. */
    public boolean isRunning() {
        return running;
    }

    public List<SplitView> getSplits() {
        return splits;
    }

    public long getVersion() {
        return version;
    }

    /** One funding split as shown. */
    public static class SplitView implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final LocalDate effectiveFrom;
        private final LocalDate effectiveTo;
        private final BigDecimal health;
        private final BigDecimal socialCare;
        private final BigDecimal education;

        SplitView(FundingSplit s) {
            this.id = s.getId();
            this.effectiveFrom = s.getEffectiveFrom();
            this.effectiveTo = s.getEffectiveTo();
            this.health = s.getHealth();
            this.socialCare = s.getSocialCare();
            this.education = s.getEducation();
        }

        public long getId() {
            return id;
        }

        public LocalDate getEffectiveFrom() {
            return effectiveFrom;
        }

        public LocalDate getEffectiveTo() {
            return effectiveTo;
        }

        public BigDecimal getHealth() {
            return health;
        }

        public BigDecimal getSocialCare() {
            return socialCare;
        }

        public BigDecimal getEducation() {
            return education;
        }
    }
}
