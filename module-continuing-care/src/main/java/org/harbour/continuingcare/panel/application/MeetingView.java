package org.harbour.continuingcare.panel.application;

import org.harbour.continuingcare.panel.domain.AgendaItem;
import org.harbour.continuingcare.panel.domain.Meeting;
import org.harbour.continuingcare.panel.domain.PanelMember;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;

/** A meeting with its panel's members, who attended, whether it is quorate, and its agenda. */
public class MeetingView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long panelId;
    private final String panelName;
    private final String function;
    private final String functionLabel;
    private final LocalDate meetsOn;
    private final int quorum;
    private final boolean quorate;
    private final List<MemberView> members;
    private final List<String> absentDecisionMakers;
    private final List<ItemView> items;
    private final long version;

    MeetingView(Meeting m, List<AgendaItem> items, LongFunction<String> names) {
        this.id = m.getId();
        this.panelId = m.getPanel().getId();
        this.panelName = m.getPanel().getName();
        this.function = m.getPanel().getFunction().name();
        this.functionLabel = m.getPanel().getFunction().getLabel();
        this.meetsOn = m.getMeetsOn();
        this.quorum = m.getPanel().getQuorum();
        this.quorate = m.isQuorate();
        this.members = m.getPanel().getMembers().stream().map(p -> new MemberView(p, m.getPresent().contains(p.getId()))).toList();
        this.absentDecisionMakers = m.absentDecisionMakers().stream().map(p -> p.getName() + " (" + p.getRole() + ")").toList();
        this.items = items.stream().map(i -> new ItemView(i, names.apply(i.getPersonId()))).toList();
        this.version = m.getVersion();
    }

    public long getId() {
        return id;
    }

    public long getPanelId() {
        return panelId;
    }

    public String getPanelName() {
        return panelName;
    }

    public String getFunction() {
        return function;
    }

    public String getFunctionLabel() {
        return functionLabel;
    }

    public LocalDate getMeetsOn() {
        return meetsOn;
    }

    public int getQuorum() {
        return quorum;
    }

    public boolean isQuorate() {
        return quorate;
    }

    public List<MemberView> getMembers() {
        return members;
    }

    public List<String> getAbsentDecisionMakers() {
        return absentDecisionMakers;
    }

    public List<ItemView> getItems() {
        return items;
    }

    public long getVersion() {
        return version;
    }

    /** A member and whether they were present. */
    public static class MemberView implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String name;
        private final String role;
        private final String agency;
        private final boolean decisionMaker;
        private final boolean present;

        MemberView(PanelMember m, boolean present) {
            this.id = m.getId();
            this.name = m.getName();
            this.role = m.getRole();
            this.agency = m.getAgency();
            this.decisionMaker = m.isDecisionMaker();
            this.present = present;
        }

        public long getId() {
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

        public boolean isPresent() {
            return present;
        }
    }

    /** A child's question on the agenda and its decision. */
    public static class ItemView implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final long referralId;
        private final long personId;
        private final String childName;
        private final String question;
        private final String outcome;
        private final String outcomeLabel;
        private final String reasons;
        private final String actions;
        private final LocalDate deferredUntil;
        private final LocalDate decidedOn;
        private final String decidedBy;
        private final long version;

        ItemView(AgendaItem i, String childName) {
            this.id = i.getId();
            this.referralId = i.getReferralId();
            this.personId = i.getPersonId();
            this.childName = childName;
            this.question = i.getQuestion().getLabel();
            this.outcome = i.getOutcome() == null ? null : i.getOutcome().name();
            this.outcomeLabel = i.getOutcome() == null ? null : i.getOutcome().getLabel();
            this.reasons = i.getReasons();
            this.actions = i.getActions();
            this.deferredUntil = i.getDeferredUntil();
            this.decidedOn = i.getDecidedOn();
            this.decidedBy = i.getDecidedBy();
            this.version = i.getVersion();
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

        public String getChildName() {
            return childName;
        }

        public String getQuestion() {
            return question;
        }

        public String getOutcome() {
            return outcome;
        }

        public String getOutcomeLabel() {
            return outcomeLabel;
        }

        public String getReasons() {
            return reasons;
        }

        public String getActions() {
            return actions;
        }

        public LocalDate getDeferredUntil() {
            return deferredUntil;
        }

        public LocalDate getDecidedOn() {
            return decidedOn;
        }

        public String getDecidedBy() {
            return decidedBy;
        }

        public long getVersion() {
            return version;
        }

        public boolean isOpen() {
            return outcome == null;
        }
    }
}
