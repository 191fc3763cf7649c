package org.harbour.pause.programme.application;

import org.harbour.pause.programme.domain.Contact;
import org.harbour.pause.programme.domain.Contraception;
import org.harbour.pause.programme.domain.FundEntry;
import org.harbour.pause.programme.domain.Goal;
import org.harbour.pause.programme.domain.Outcome;
import org.harbour.pause.programme.domain.OutcomePoint;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A woman's programme record as one read: her participation, plan, contacts, fund, contraception
 * (the method only for holders of the health-data permission) and outcomes.
 */
public final class WomanRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ParticipationView participation;
    private final List<GoalRow> goals;
    private final List<ContactRow> contacts;
    private final List<FundRow> fund;
    private final BigDecimal fundTotal;
    private final List<ContraceptionRow> contraception;
    private final List<OutcomeRow> outcomes;
    private final boolean healthDataShown;

    public WomanRecord(ParticipationView participation, List<Goal> goals, List<Contact> contacts, List<FundEntry> fund,
                       List<Contraception> contraception, List<Outcome> outcomes, boolean healthData) {
        this.participation = participation;
        this.goals = goals.stream().map(GoalRow::new).toList();
        this.contacts = contacts.stream().map(ContactRow::new).toList();
        this.fund = fund.stream().map(FundRow::new).toList();
        this.fundTotal = fund.stream().map(FundEntry::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.contraception = contraception.stream().map(c -> new ContraceptionRow(c, healthData)).toList();
        this.outcomes = outcomes.stream().sorted(Comparator.comparing(Outcome::getPoint)).map(OutcomeRow::new).toList();
        this.healthDataShown = healthData;
    }

    public ParticipationView getParticipation() { return participation; }
    public List<GoalRow> getGoals() { return goals; }
    public List<ContactRow> getContacts() { return contacts; }
    public List<FundRow> getFund() { return fund; }
    public BigDecimal getFundTotal() { return fundTotal; }
    public List<ContraceptionRow> getContraception() { return contraception; }
    public List<OutcomeRow> getOutcomes() { return outcomes; }
    public boolean isHealthDataShown() { return healthDataShown; }

    /** A goal of her plan. */
    public static final class GoalRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String description;
        private final LocalDate targetOn;
        private final LocalDate achievedOn;
        private final long version;

        GoalRow(Goal g) {
            id = g.getId();
            description = g.getDescription();
            targetOn = g.getTargetOn();
            achievedOn = g.getAchievedOn();
            version = g.getVersion();
        }

        public long getId() { return id; }
        public String getDescription() { return description; }
        public LocalDate getTargetOn() { return targetOn; }
        public LocalDate getAchievedOn() { return achievedOn; }
        public long getVersion() { return version; }
    }

    /** A contact with her. */
    public static final class ContactRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LocalDate contactOn;
        private final String kind;
        private final String note;
        private final String recordedBy;

        ContactRow(Contact c) {
            contactOn = c.getContactOn();
            kind = c.getKind().getLabel();
            note = c.getNote();
            recordedBy = c.getRecordedBy();
        }

        public LocalDate getContactOn() { return contactOn; }
        public String getKind() { return kind; }
        public String getNote() { return note; }
        public String getRecordedBy() { return recordedBy; }
    }

    /** A flexible-fund payment. */
    public static final class FundRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LocalDate spentOn;
        private final BigDecimal amount;
        private final String purpose;

        FundRow(FundEntry f) {
            spentOn = f.getSpentOn();
            amount = f.getAmount();
            purpose = f.getPurpose();
        }

        public LocalDate getSpentOn() { return spentOn; }
        public BigDecimal getAmount() { return amount; }
        public String getPurpose() { return purpose; }
    }

    /** Contraception: date and consent; the method only with the health-data permission. */
    public static final class ContraceptionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LocalDate recordedOn;
        private final boolean consented;
        private final String method;

        ContraceptionRow(Contraception c, boolean healthData) {
            recordedOn = c.getRecordedOn();
            consented = c.isConsented();
            method = healthData ? c.getMethod() : null;
        }

        public LocalDate getRecordedOn() { return recordedOn; }
        public boolean isConsented() { return consented; }
        public String getConsent() { return consented ? "Consented" : "Did not consent"; }
        public String getMethod() { return method; }
    }

    /** Outcomes at one point, in words. */
    public static final class OutcomeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final OutcomePoint pointCode;
        private final String point;
        private final long version;
        private final LocalDate assessedOn;
        private final String housing;
        private final String substanceMisuse;
        private final String domesticAbuse;
        private final String mentalHealth;
        private final String educationWork;
        private final String childContact;
        private final int pregnancies;
        private final int births;

        OutcomeRow(Outcome o) {
            pointCode = o.getPoint();
            point = o.getPoint().getLabel();
            version = o.getVersion();
            assessedOn = o.getAssessedOn();
            housing = o.getHousing().getLabel();
            substanceMisuse = o.getSubstanceMisuse().getLabel();
            domesticAbuse = o.getDomesticAbuse().getLabel();
            mentalHealth = o.getMentalHealth().getLabel();
            educationWork = o.getEducationWork().getLabel();
            childContact = o.getChildContact().getLabel();
            pregnancies = o.getPregnancies();
            births = o.getBirths();
        }

        public OutcomePoint getPointCode() { return pointCode; }
        public String getPoint() { return point; }
        public long getVersion() { return version; }
        public LocalDate getAssessedOn() { return assessedOn; }
        public String getHousing() { return housing; }
        public String getSubstanceMisuse() { return substanceMisuse; }
        public String getDomesticAbuse() { return domesticAbuse; }
        public String getMentalHealth() { return mentalHealth; }
        public String getEducationWork() { return educationWork; }
        public String getChildContact() { return childContact; }
        public int getPregnancies() { return pregnancies; }
        public int getBirths() { return births; }
    }
}
