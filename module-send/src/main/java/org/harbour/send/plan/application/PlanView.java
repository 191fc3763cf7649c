package org.harbour.send.plan.application;

import org.harbour.send.plan.domain.EhcPlan;
import org.harbour.send.plan.domain.PlanSection;
import org.harbour.send.plan.domain.PlanVersion;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An EHC plan as pages and the API show it: sections by letter, needs ranked in words, setting, versions. */
public class PlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final String childName;
    private final String status;
    private final String statusLabel;
    private final LocalDate draftedOn;
    private final LocalDate startDate;
    private final LocalDate nextReviewDue;
    private final LocalDate ceasedOn;
    private final String ceaseReason;
    private final String ceaseReasonLabel;
    private final Long settingId;
    private final String settingName;
    private final boolean residential;
    private final BigDecimal budgetOrganised;
    private final BigDecimal budgetDirect;
    private final String transportMode;
    private final String transportModeLabel;
    private final BigDecimal transportCost;
    private final List<SectionView> sections;
    private final List<NeedView> needs;
    private final List<VersionView> versions;
    private final boolean workBasedPlacement;
    private final String transferredInFrom;
    private final LocalDate transferredInOn;
    private final LocalDate reassessDecisionDue;
    private final String transferredOutTo;
    private final LocalDate transferredOutOn;
    private final boolean editable;
    private final boolean active;
    private final long version;

    PlanView(EhcPlan p, String childName) {
        this.id = p.getId();
        this.personId = p.getPersonId();
        this.childName = childName;
        this.status = p.getStatus().name();
        this.statusLabel = p.getStatus().getLabel();
        this.draftedOn = p.getDraftedOn();
        this.startDate = p.getStartDate();
        this.nextReviewDue = p.nextReviewDue();
        this.ceasedOn = p.getCeasedOn();
        this.ceaseReason = p.getCeaseReason() == null ? null : p.getCeaseReason().getCode();
        this.ceaseReasonLabel = p.getCeaseReason() == null ? null : p.getCeaseReason().getLabel();
        this.settingId = p.getSetting() == null ? null : p.getSetting().getId();
        this.settingName = p.getSetting() == null ? null : p.getSetting().getName();
        this.residential = p.isResidential();
        this.budgetOrganised = p.getBudgetOrganised();
        this.budgetDirect = p.getBudgetDirect();
        this.transportMode = p.getTransportMode() == null ? null : p.getTransportMode().name();
        this.transportModeLabel = p.getTransportMode() == null ? null : p.getTransportMode().getLabel();
        this.transportCost = p.getTransportCost();
        this.sections = p.sections().entrySet().stream().map(e -> new SectionView(e.getKey(), e.getValue())).toList();
        this.needs = p.getNeeds().stream().map(n -> new NeedView(n.getSenRank(), n.getSenType().getCode(), n.getSenType().getLabel())).toList();
        this.versions = p.getVersions().stream().map(VersionView::new).toList();
        this.workBasedPlacement = p.isWorkBasedPlacement();
        this.transferredInFrom = p.getTransferredInFrom();
        this.transferredInOn = p.getTransferredInOn();
        this.reassessDecisionDue = p.reassessDecisionDue();
        this.transferredOutTo = p.getTransferredOutTo();
        this.transferredOutOn = p.getTransferredOutOn();
        this.editable = p.isEditable();
        this.active = p.isActive();
        this.version = p.getVersion();
    }

    /** One section: its letter, title and text. */
    public record SectionView(String letter, String title, String text) implements Serializable {
        SectionView(PlanSection s, String text) {
            this(s.getLetter(), s.getLabel(), text);
        }

        public String getLetter() {
            return letter;
        }

        public String getTitle() {
            return title;
        }

        public String getText() {
            return text;
        }
    }

    /** A ranked need: rank, SEN2 code and words. */
    public record NeedView(int rank, String code, String label) implements Serializable {
        public int getRank() {
            return rank;
        }

        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }
    }

    /** An issued version. */
    public record VersionView(int number, String kind, LocalDate issuedOn, String issuedBy) implements Serializable {
        VersionView(PlanVersion v) {
            this(v.getNumber(), v.getKind().getLabel(), v.getIssuedOn(), v.getIssuedBy());
        }

        public int getNumber() {
            return number;
        }

        public String getKind() {
            return kind;
        }

        public LocalDate getIssuedOn() {
            return issuedOn;
        }

        public String getIssuedBy() {
            return issuedBy;
        }
    }

    public long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getChildName() {
        return childName;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    public LocalDate getDraftedOn() {
        return draftedOn;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getNextReviewDue() {
        return nextReviewDue;
    }

    public LocalDate getCeasedOn() {
        return ceasedOn;
    }

    public String getCeaseReason() {
        return ceaseReason;
    }

    public String getCeaseReasonLabel() {
        return ceaseReasonLabel;
    }

    public Long getSettingId() {
        return settingId;
    }

    public String getSettingName() {
        return settingName;
    }

    public boolean isResidential() {
        return residential;
    }

    public List<SectionView> getSections() {
        return sections;
    }

    public List<NeedView> getNeeds() {
        return needs;
    }

    public List<VersionView> getVersions() {
        return versions;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isActive() {
        return active;
    }

    public BigDecimal getBudgetOrganised() {
        return budgetOrganised;
    }

    public BigDecimal getBudgetDirect() {
        return budgetDirect;
    }

    public boolean isPersonalBudget() {
        return budgetOrganised != null || budgetDirect != null;
    }

    public String getTransportMode() {
        return transportMode;
    }

    public String getTransportModeLabel() {
        return transportModeLabel;
    }

    public BigDecimal getTransportCost() {
        return transportCost;
    }

    public long getVersion() {
        return version;
    }

    public boolean isWorkBasedPlacement() {
        return workBasedPlacement;
    }

    public String getTransferredInFrom() {
        return transferredInFrom;
    }

    public LocalDate getTransferredInOn() {
        return transferredInOn;
    }

    public LocalDate getReassessDecisionDue() {
        return reassessDecisionDue;
    }

    public String getTransferredOutTo() {
        return transferredOutTo;
    }

    public LocalDate getTransferredOutOn() {
        return transferredOutOn;
    }
}
