package org.harbour.continuingcare.assessment.application;

import org.harbour.continuingcare.assessment.domain.Assessment;
import org.harbour.continuingcare.assessment.domain.DomainLevel;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The Decision Support Tool of one referral as pages and the API show it (health data). */
public class AssessmentView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long referralId;
    private final List<LevelView> levels;
    private final String preferences;
    private final String mdtReports;
    private final String recommendation;
    private final String recommendationLabel;
    private final LocalDate completedOn;
    private final String updatedBy;
    private final Instant updatedAt;
    private final long version;

    public AssessmentView(Assessment a) {
        this.id = a.getId();
        this.referralId = a.getReferralId();
        this.levels = a.getLevels().stream().map(LevelView::new).toList();
        this.preferences = a.getPreferences();
        this.mdtReports = a.getMdtReports();
        this.recommendation = a.getRecommendation() == null ? null : a.getRecommendation().name();
        this.recommendationLabel = a.getRecommendation() == null ? null : a.getRecommendation().getLabel();
        this.completedOn = a.getCompletedOn();
        this.updatedBy = a.getUpdatedBy();
        this.updatedAt = a.getUpdatedAt();
        this.version = a.getVersion();
    }

    public long getId() {
        return id;
    }

    public long getReferralId() {
        return referralId;
    }

    public List<LevelView> getLevels() {
        return levels;
    }

    public String getPreferences() {
        return preferences;
    }

    public String getMdtReports() {
        return mdtReports;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public String getRecommendationLabel() {
        return recommendationLabel;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    /** The level found in one care domain, with its evidence. */
    public static class LevelView implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String domain;
        private final String domainLabel;
        private final String level;
        private final String levelLabel;
        private final String evidence;

        LevelView(DomainLevel l) {
            this.domain = l.getDomain().name();
            this.domainLabel = l.getDomain().getLabel();
            this.level = l.getLevel().name();
            this.levelLabel = l.getLevel().getLabel();
            this.evidence = l.getEvidence();
        }

        public String getDomain() {
            return domain;
        }

        public String getDomainLabel() {
            return domainLabel;
        }

        public String getLevel() {
            return level;
        }

        public String getLevelLabel() {
            return levelLabel;
        }

        public String getEvidence() {
            return evidence;
        }
    }
}
