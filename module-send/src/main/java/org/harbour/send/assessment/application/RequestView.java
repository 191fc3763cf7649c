package org.harbour.send.assessment.application;

import org.harbour.send.assessment.domain.AdviceRequest;
import org.harbour.send.assessment.domain.EhcRequest;
import org.harbour.send.assessment.domain.SettingConsultation;
import org.harbour.send.assessment.domain.TimescaleException;
import org.harbour.send.timescale.domain.EhcTimescales;
import org.harbour.send.timescale.domain.FinalPlanTimeliness;
import org.harbour.send.timescale.domain.Week20Status;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A request for an EHC needs assessment as pages and the API show it: its stage, the clocks and
 * the week-20 status, the advice the user may see (health and social care advice only with the
 * health-data permission; how many were held back is said) and the exceptions.
 */
public class RequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final String childName;
    private final LocalDate receivedOn;
    private final String source;
    private final String sourceLabel;
    private final boolean inYouthCustody;
    private final String officer;
    private final String stage;
    private final String stageLabel;
    private final LocalDate decisionDue;
    private final LocalDate decidedOn;
    private final boolean decidedInTime;
    private final LocalDate draftSentOn;
    private final LocalDate earliestFinal;
    private final LocalDate finalPlanDue;
    private final LocalDate finalIssuedOn;
    private final Long planId;
    private final long week;
    private final String week20;
    private final String week20Label;
    private final Boolean withinTwentyWeeks;
    private final Boolean withinTwentyWeeksAllowingExceptions;
    private final List<AdviceView> advice;
    private final int adviceWithheld;
    private final List<ExceptionView> exceptions;
    private final boolean canDecide;
    private final boolean mediation;
    private final boolean tribunal;
    private final boolean assessing;
    private final boolean canIssueFinal;
    private final long version;
    private final LocalDate familyCommentsUntil;
    private final LocalDate familyRespondedOn;
    private final Boolean familyRespondedInTime;
    private final String familyComments;
    private final Long familySettingId;
    private final String familySettingName;
    private final List<ConsultationView> consultations;

    RequestView(EhcRequest r, String childName, LocalDate today, boolean healthData) {
        this.id = r.getId();
        this.personId = r.getPersonId();
        this.childName = childName;
        this.receivedOn = r.getReceivedOn();
        this.source = r.getSource().getCode();
        this.sourceLabel = r.getSource().getLabel();
        this.inYouthCustody = r.isInYouthCustody();
        this.officer = r.getOfficer();
        this.stage = r.getStage().name();
        this.stageLabel = r.getStage().getLabel();
        this.decisionDue = r.decisionDue();
        this.decidedOn = r.getDecidedOn();
        this.mediation = r.isMediation();
        this.tribunal = r.isTribunal();
        this.decidedInTime = r.decidedInTime();
        this.draftSentOn = r.getDraftSentOn();
        this.earliestFinal = r.getDraftSentOn() == null ? null
                : EhcTimescales.earliestFinal(r.getDraftSentOn());
        this.finalPlanDue = r.finalPlanDue();
        this.finalIssuedOn = r.getFinalIssuedOn();
        this.planId = r.getPlanId();
        this.week = r.weekOn(today);
        Week20Status status = r.week20(today);
        this.week20 = status.name();
        this.week20Label = status.getLabel();
        FinalPlanTimeliness t = r.timeliness();
        this.withinTwentyWeeks = t == null ? null : t.withinTwentyWeeks();
        this.withinTwentyWeeksAllowingExceptions = t == null ? null : t.withinTwentyWeeksAllowingExceptions();
        this.advice = visibleAdvice(r.getAdvice(), healthData).stream().map(a -> new AdviceView(a, today)).toList();
        this.adviceWithheld = r.getAdvice().size() - advice.size();
        this.exceptions = r.getExceptions().stream().map(ExceptionView::new).toList();
        this.canDecide = r.canDecideWhetherToAssess();
        this.assessing = r.isAssessing();
        this.canIssueFinal = r.canIssueFinal();
        this.version = r.getVersion();
        this.familyCommentsUntil = r.getDraftSentOn() == null ? null : EhcTimescales.familyCommentsUntil(r.getDraftSentOn());
        this.familyRespondedOn = r.getFamilyRespondedOn();
        this.familyRespondedInTime = r.familyRespondedInTime();
        this.familyComments = r.getFamilyComments();
        this.familySettingId = r.getFamilySetting() == null ? null : r.getFamilySetting().getId();
        this.familySettingName = r.getFamilySetting() == null ? null : r.getFamilySetting().getName();
        this.consultations = r.getConsultations().stream().map(c -> new ConsultationView(c, today)).toList();
    }

    /** A setting consulted on the draft: when, its 15 days, its answer. */
    public static class ConsultationView implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final long settingId;
        private final String settingName;
        private final boolean inCity;
        private final LocalDate consultedOn;
        private final LocalDate answerDue;
        private final LocalDate answeredOn;
        private final String answer;
        private final String answerLabel;
        private final String note;
        private final boolean overdue;

        ConsultationView(SettingConsultation c, LocalDate today) {
            this.id = c.getId() == null ? 0 : c.getId();
            this.settingId = c.getSetting().getId();
            this.settingName = c.getSetting().getName();
            this.inCity = c.getSetting().isInCity();
            this.consultedOn = c.getConsultedOn();
            this.answerDue = c.answerDue();
            this.answeredOn = c.getAnsweredOn();
            this.answer = c.getAnswer() == null ? null : c.getAnswer().name();
            this.answerLabel = c.getAnswer() == null ? null : c.getAnswer().getLabel();
            this.note = c.getNote();
            this.overdue = c.isOutstanding() && today.isAfter(c.answerDue());
        }

        public long getId() {
            return id;
        }

        public long getSettingId() {
            return settingId;
        }

        public String getSettingName() {
            return settingName;
        }

        public boolean isInCity() {
            return inCity;
        }

        public LocalDate getConsultedOn() {
            return consultedOn;
        }

        public LocalDate getAnswerDue() {
            return answerDue;
        }

        public LocalDate getAnsweredOn() {
            return answeredOn;
        }

        public String getAnswer() {
            return answer;
        }

        public String getAnswerLabel() {
            return answerLabel;
        }

        public String getNote() {
            return note;
        }

        public boolean isOutstanding() {
            return answer == null;
        }

        public boolean isOverdue() {
            return overdue;
        }
    }

    /** The last of the family's 15 days on the draft; null before the draft. */
    public LocalDate getFamilyCommentsUntil() {
        return familyCommentsUntil;
    }

    public LocalDate getFamilyRespondedOn() {
        return familyRespondedOn;
    }

    public Boolean getFamilyRespondedInTime() {
        return familyRespondedInTime;
    }

    public String getFamilyComments() {
        return familyComments;
    }

    public Long getFamilySettingId() {
        return familySettingId;
    }

    public String getFamilySettingName() {
        return familySettingName;
    }

    public List<ConsultationView> getConsultations() {
        return consultations;
    }

    /** A permitted exception as shown: ground in words, dates, note. */
    public static class ExceptionView implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String ground;
        private final String groundLabel;
        private final LocalDate from;
        private final LocalDate to;
        private final String note;

        ExceptionView(TimescaleException e) {
            this.ground = e.getGround().getCode();
            this.groundLabel = e.getGround().getDescription();
            this.from = e.getFromDate();
            this.to = e.getToDate();
            this.note = e.getNote();
        }

        public String getGround() {
            return ground;
        }

        public String getGroundLabel() {
            return groundLabel;
        }

        public LocalDate getFrom() {
            return from;
        }

        public LocalDate getTo() {
            return to;
        }

        public String getNote() {
            return note;
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

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getSource() {
        return source;
    }

    public String getSourceLabel() {
        return sourceLabel;
    }

    public boolean isInYouthCustody() {
        return inYouthCustody;
    }

    public String getOfficer() {
        return officer;
    }

    public String getStage() {
        return stage;
    }

    public String getStageLabel() {
        return stageLabel;
    }

    public LocalDate getDecisionDue() {
        return decisionDue;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public boolean isDecidedInTime() {
        return decidedInTime;
    }

    public LocalDate getDraftSentOn() {
        return draftSentOn;
    }

    public LocalDate getEarliestFinal() {
        return earliestFinal;
    }

    public LocalDate getFinalPlanDue() {
        return finalPlanDue;
    }

    public LocalDate getFinalIssuedOn() {
        return finalIssuedOn;
    }

    public Long getPlanId() {
        return planId;
    }

    public long getWeek() {
        return week;
    }

    public String getWeek20() {
        return week20;
    }

    public String getWeek20Label() {
        return week20Label;
    }

    public Boolean getWithinTwentyWeeks() {
        return withinTwentyWeeks;
    }

    public Boolean getWithinTwentyWeeksAllowingExceptions() {
        return withinTwentyWeeksAllowingExceptions;
    }

    public List<AdviceView> getAdvice() {
        return advice;
    }

    public int getAdviceWithheld() {
        return adviceWithheld;
    }

    public List<ExceptionView> getExceptions() {
        return exceptions;
    }

    public boolean isCanDecide() {
        return canDecide;
    }

    public boolean isAssessing() {
        return assessing;
    }

    public boolean isCanIssueFinal() {
        return canIssueFinal;
    }

    public long getVersion() {
        return version;
    }

    public boolean isMediation() {
        return mediation;
    }

    public boolean isTribunal() {
        return tribunal;
    }

    /** The advice a user may see: health and social care advice only with the health-data permission. */
    static List<AdviceRequest> visibleAdvice(List<AdviceRequest> all, boolean healthData) {
        return all.stream().filter(a -> healthData || !a.getKind().isHealthData()).toList();
    }
}
