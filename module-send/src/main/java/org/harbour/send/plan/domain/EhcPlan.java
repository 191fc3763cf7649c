package org.harbour.send.plan.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.harbour.send.history.domain.Recorded;
import org.harbour.send.register.domain.EducationSetting;
import org.harbour.send.timescale.domain.ReviewTimescales;
import org.harbour.send.timescale.domain.TransferTimescales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An Education, Health and Care plan: its sections A to K, the child's special educational needs
 * ranked, the named setting, and every issued version kept. Drafted, issued (from then active,
 * reviewed at least every 12 months) and ceased with the SEN2 reason.
 */
@Entity
@Table(name = "send_plan")
public class EhcPlan extends Recorded {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "drafted_on", nullable = false)
    private LocalDate draftedOn;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "last_review_on")
    private LocalDate lastReviewOn;

    @Column(name = "ceased_on")
    private LocalDate ceasedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "cease_reason", length = 20)
    private CeaseReason ceaseReason;

    @ManyToOne
    @JoinColumn(name = "setting_id")
    private EducationSetting setting;

    @Column(nullable = false)
    private boolean residential;

    @Column(name = "personal_budget", nullable = false)
    private boolean personalBudget;

    /** Personal budget a year held by the council or a provider for the family (organised arrangements). */
    @Column(name = "budget_organised", precision = 10, scale = 2)
    private BigDecimal budgetOrganised;

    /** Personal budget a year paid to the family (direct payments). */
    @Column(name = "budget_direct", precision = 10, scale = 2)
    private BigDecimal budgetDirect;

    @Enumerated(EnumType.STRING)
    @Column(name = "transport_mode", length = 30)
    private TransportMode transportMode;

    @Column(name = "transport_cost", precision = 10, scale = 2)
    private BigDecimal transportCost;

    /** SEN2's PlanWPB: the plan names a work-based placement (a supported internship, traineeship or apprenticeship). */
    @Column(name = "work_based_placement", nullable = false)
    private boolean workBasedPlacement;

    /** The DfE code of the authority the plan was transferred in from (SEN2's TransferLA), and the day. */
    @Column(name = "transferred_in_from", length = 3)
    private String transferredInFrom;

    @Column(name = "transferred_in_on")
    private LocalDate transferredInOn;

    /** The DfE code of the authority the plan was transferred out to when the family moved, and the day. */
    @Column(name = "transferred_out_to", length = 3)
    private String transferredOutTo;

    @Column(name = "transferred_out_on")
    private LocalDate transferredOutOn;

    @Column(name = "section_a", length = 4000)
    private String sectionA;
    @Column(name = "section_b", length = 4000)
    private String sectionB;
    @Column(name = "section_c", length = 4000)
    private String sectionC;
    @Column(name = "section_d", length = 4000)
    private String sectionD;
    @Column(name = "section_e", length = 4000)
    private String sectionE;
    @Column(name = "section_f", length = 4000)
    private String sectionF;
    @Column(name = "section_g", length = 4000)
    private String sectionG;
    @Column(name = "section_h", length = 4000)
    private String sectionH;
    @Column(name = "section_i", length = 4000)
    private String sectionI;
    @Column(name = "section_j", length = 4000)
    private String sectionJ;
    @Column(name = "section_k", length = 4000)
    private String sectionK;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("senRank")
    private List<PlanNeed> needs = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<PlanVersion> versions = new ArrayList<>();





    protected EhcPlan() {
    }

    public EhcPlan(long personId, LocalDate draftedOn, String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.draftedOn = draftedOn;
    }

    public boolean isActive() {
        return status == PlanStatus.ACTIVE;
    }

    public boolean isEditable() {
        return status != PlanStatus.CEASED;
    }

    /** Active on the day: issued on or before it and not ceased before it. */
    public boolean activeOn(LocalDate day) {
        return startDate != null && !startDate.isAfter(day) && (ceasedOn == null || ceasedOn.isAfter(day));
    }

    public String section(PlanSection s) {
        return sections().get(s);
    }

    public Map<PlanSection, String> sections() {
        Map<PlanSection, String> all = new EnumMap<>(PlanSection.class);
        String[] values = {sectionA, sectionB, sectionC, sectionD, sectionE, sectionF, sectionG, sectionH, sectionI, sectionJ, sectionK};
        for (PlanSection s : PlanSection.values()) {
            all.put(s, values[s.ordinal()]);
        }
        return all;
    }

    public void writeSection(PlanSection s, String text) {
        requireEditable();
        switch (s) {
            case A -> sectionA = text;
            case B -> sectionB = text;
            case C -> sectionC = text;
            case D -> sectionD = text;
            case E -> sectionE = text;
            case F -> sectionF = text;
            case G -> sectionG = text;
            case H -> sectionH = text;
            case I -> sectionI = text;
            case J -> sectionJ = text;
            case K -> sectionK = text;
            default -> throw new IllegalArgumentException(s.name());
        }
    }

    /** Replaces the ranked needs: the first is the primary need (rank 1). */
    public void rankNeeds(List<SenType> ranked) {
        requireEditable();
        if (ranked.isEmpty() || ranked.stream().distinct().count() != ranked.size()) {
            throw new IllegalStateException("Rank at least one need, each need once.");
        }
        needs.clear();
        for (int i = 0; i < ranked.size(); i++) {
            needs.add(new PlanNeed(this, ranked.get(i), i + 1));
        }
    }

    public void nameSetting(EducationSetting setting, boolean residential) {
        requireEditable();
        this.setting = setting;
        this.residential = residential;
    }

    public PlanVersion issueDraft(LocalDate on, String by) {
        requireEditable();
        return addVersion(VersionKind.DRAFT, on, by);
    }

    public PlanVersion issueFinal(LocalDate on, String by) {
        if (status != PlanStatus.DRAFT) {
            throw new IllegalStateException("The plan has already been issued.");
        }
        if (needs.isEmpty()) {
            throw new IllegalStateException("Rank the child's special educational needs (section B) before the plan is issued.");
        }
        this.startDate = on;
        this.status = PlanStatus.ACTIVE;
        return addVersion(VersionKind.FINAL, on, by);
    }

    public PlanVersion issueAmended(LocalDate on, String by) {
        if (!isActive()) {
            throw new IllegalStateException("Only an active plan is amended.");
        }
        return addVersion(VersionKind.AMENDED, on, by);
    }

    /** An annual review meeting was held: it follows the plan's start and moves the next review on. */
    /**
     * The personal budget (section J): amounts a year held for the family and paid to them; there
     * is a personal budget when either is above nothing. Amounts are in pounds and pence.
     */
    public void arrangePersonalBudget(BigDecimal organised, BigDecimal direct) {
        requireEditable();
        requireAmount(organised, "The organised arrangements");
        requireAmount(direct, "The direct payments");
        this.budgetOrganised = positiveOrNull(organised);
        this.budgetDirect = positiveOrNull(direct);
        this.personalBudget = budgetOrganised != null || budgetDirect != null;
    }

    /** Home to school transport: how, and its cost a year (none when no transport is arranged). */
    public void arrangeTransport(TransportMode mode, BigDecimal costPerYear) {
        requireEditable();
        if (mode == null || mode == TransportMode.NONE) {
            if (costPerYear != null && costPerYear.signum() != 0) {
                throw new IllegalArgumentException("A transport cost needs the way the child travels.");
            }
            this.transportMode = null;
            this.transportCost = null;
            return;
        }
        if (costPerYear == null) {
            throw new IllegalArgumentException("Give the transport's cost a year.");
        }
        requireAmount(costPerYear, "The transport cost");
        this.transportMode = mode;
        this.transportCost = costPerYear.setScale(2, RoundingMode.HALF_UP);
    }

    private static void requireAmount(BigDecimal amount, String what) {
        if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.stripTrailingZeros().scale() > 2)) {
            throw new IllegalArgumentException(what + " must be from 0 to 999,999.99 pounds, to the penny.");
        }
    }

    private static BigDecimal positiveOrNull(BigDecimal amount) {
        return amount == null || amount.signum() == 0 ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    public boolean hasOrganisedArrangements() {
        return budgetOrganised != null;
    }

    public boolean hasDirectPayments() {
        return budgetDirect != null;
    }

    public BigDecimal getBudgetOrganised() {
        return budgetOrganised;
    }

    public BigDecimal getBudgetDirect() {
        return budgetDirect;
    }

    public TransportMode getTransportMode() {
        return transportMode;
    }

    public BigDecimal getTransportCost() {
        return transportCost;
    }

    public void reviewed(LocalDate meeting) {
        if (!isActive()) {
            throw new IllegalStateException("Only an active plan is reviewed.");
        }
        if (startDate != null && meeting.isBefore(startDate)) {
            throw new IllegalStateException("A review meeting cannot precede the plan's start on " + startDate + ".");
        }
        if (lastReviewOn == null || meeting.isAfter(lastReviewOn)) {
            this.lastReviewOn = meeting;
        }
    }

    /** The next annual review meeting: 12 months after the last one, or after the plan was issued. */
    public LocalDate nextReviewDue() {
        if (!isActive()) {
            return null;
        }
        LocalDate from = lastReviewOn != null ? lastReviewOn : startDate;
        if (transferredInOn != null && (lastReviewOn == null || lastReviewOn.isBefore(transferredInOn))) {
            return TransferTimescales.reviewDueAfterTransfer(from, transferredInOn);
        }
        return ReviewTimescales.nextReviewDue(from);
    }

    /** Names or clears a work-based placement (SEN2's PlanWPB). */
    public void workBasedPlacement(boolean workBased) {
        requireEditable();
        this.workBasedPlacement = workBased;
    }

    /**
     * The plan came from another authority when the family moved here: the authority's 3-digit DfE
     * code and the day it was transferred, once, on or after the plan's start and not in the future.
     */
    public void transferredIn(String fromLa, LocalDate on, LocalDate today) {
        if (!isActive()) {
            throw new IllegalStateException("Only an active plan is recorded as transferred in.");
        }
        if (transferredInFrom != null) {
            throw new IllegalStateException("The plan's transfer in was already recorded.");
        }
        requireLaCode(fromLa);
        requireTransferDay(on, today);
        this.transferredInFrom = fromLa;
        this.transferredInOn = on;
    }

    /**
     * The family moved to another authority and the plan was transferred to it: the plan ceases here
     * on that day with SEN2's reason 5 (transferred to another authority).
     */
    public void transferredOut(String toLa, LocalDate on, LocalDate today) {
        if (!isActive()) {
            throw new IllegalStateException("Only an active plan is transferred out.");
        }
        requireLaCode(toLa);
        requireTransferDay(on, today);
        cease(on, CeaseReason.MOVED_LA);
        this.transferredOutTo = toLa;
        this.transferredOutOn = on;
    }

    /** After a transfer in, the new authority tells the family within 6 weeks whether it will reassess. */
    public LocalDate reassessDecisionDue() {
        return transferredInOn == null ? null : TransferTimescales.reassessDecisionDue(transferredInOn);
    }

    private static void requireLaCode(String la) {
        if (la == null || !la.matches("\\d{3}")) {
            throw new IllegalArgumentException("Give the other authority's 3-digit DfE code.");
        }
    }

    private void requireTransferDay(LocalDate on, LocalDate today) {
        if (on == null || on.isAfter(today)) {
            throw new IllegalArgumentException("Give the day of the transfer, not in the future.");
        }
        if (on.isBefore(startDate)) {
            throw new IllegalStateException("A transfer cannot precede the plan's start on " + startDate + ".");
        }
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

    public String getTransferredOutTo() {
        return transferredOutTo;
    }

    public LocalDate getTransferredOutOn() {
        return transferredOutOn;
    }

    public void cease(LocalDate on, CeaseReason reason) {
        if (!isActive()) {
            throw new IllegalStateException("Only an active plan can cease.");
        }
        if (on.isBefore(startDate)) {
            throw new IllegalStateException("A plan cannot cease before it started.");
        }
        this.ceasedOn = on;
        this.ceaseReason = reason;
        this.status = PlanStatus.CEASED;
    }

    private PlanVersion addVersion(VersionKind kind, LocalDate on, String by) {
        PlanVersion v = new PlanVersion(this, versions.size() + 1, kind, on, by);
        versions.add(v);
        return v;
    }

    private void requireEditable() {
        if (!isEditable()) {
            throw new IllegalStateException("The plan has ceased and can no longer change.");
        }
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public LocalDate getDraftedOn() {
        return draftedOn;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getLastReviewOn() {
        return lastReviewOn;
    }

    public LocalDate getCeasedOn() {
        return ceasedOn;
    }

    public CeaseReason getCeaseReason() {
        return ceaseReason;
    }

    public EducationSetting getSetting() {
        return setting;
    }

    public boolean isResidential() {
        return residential;
    }

    public boolean isPersonalBudget() {
        return personalBudget;
    }

    public void setPersonalBudget(boolean personalBudget) {
        this.personalBudget = personalBudget;
    }

    public List<PlanNeed> getNeeds() {
        return needs;
    }

    public List<PlanVersion> getVersions() {
        return versions;
    }
}
