package org.harbour.continuingcare.assessment.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The ten care domains of the national framework's Decision Support Tool, with the levels each
 * allows: "priority" exists only where the framework gives it (breathing, drug therapies,
 * psychological needs, seizures, challenging behaviour).
 */
public enum CareDomain {
    BREATHING("Breathing", true),
    EATING_AND_DRINKING("Eating and drinking", false),
    MOBILITY("Mobility", false),
    CONTINENCE("Continence and elimination", false),
    SKIN("Skin and tissue viability", false),
    COMMUNICATION("Communication", false),
    DRUG_THERAPIES("Drug therapies and medicines", true),
    PSYCHOLOGICAL("Psychological and emotional needs", true),
    SEIZURES("Seizures", true),
    CHALLENGING_BEHAVIOUR("Challenging behaviour", true);

    private final String label;
    private final boolean priorityAllowed;

    CareDomain(String label, boolean priorityAllowed) {
        this.label = label;
        this.priorityAllowed = priorityAllowed;
    }

    public String getLabel() {
        return label;
    }

    public Set<CareLevel> getLevels() {
        Set<CareLevel> levels = EnumSet.allOf(CareLevel.class);
        if (!priorityAllowed) {
            levels.remove(CareLevel.PRIORITY);
        }
        return levels;
    }

    public boolean allows(CareLevel level) {
        return getLevels().contains(level);
    }
}
