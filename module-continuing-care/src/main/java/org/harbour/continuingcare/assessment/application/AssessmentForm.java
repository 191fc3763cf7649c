package org.harbour.continuingcare.assessment.application;

import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Decision Support Tool as entered: a level and evidence per domain, preferences, reports, recommendation. */
public class AssessmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Domain name to level name, e.g. {@code BREATHING -> HIGH}. */
    private Map<String, String> levels = new LinkedHashMap<>();
    private Map<String, String> evidence = new LinkedHashMap<>();
    @Size(max = 4000, message = "Keep the preferences to 4,000 characters.")
    private String preferences;
    @Size(max = 4000, message = "Keep the summary of reports to 4,000 characters.")
    private String mdtReports;
    private String recommendation;
    private boolean complete;
    private Long version;

    public Map<String, String> getLevels() {
        return levels;
    }

    public void setLevels(Map<String, String> levels) {
        this.levels = levels == null ? new LinkedHashMap<>() : levels;
    }

    public Map<String, String> getEvidence() {
        return evidence;
    }

    public void setEvidence(Map<String, String> evidence) {
        this.evidence = evidence == null ? new LinkedHashMap<>() : evidence;
    }

    public String getPreferences() {
        return preferences;
    }

    public void setPreferences(String preferences) {
        this.preferences = preferences;
    }

    public String getMdtReports() {
        return mdtReports;
    }

    public void setMdtReports(String mdtReports) {
        this.mdtReports = mdtReports;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(String recommendation) {
        this.recommendation = recommendation;
    }

    public boolean isComplete() {
        return complete;
    }

    public void setComplete(boolean complete) {
        this.complete = complete;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
