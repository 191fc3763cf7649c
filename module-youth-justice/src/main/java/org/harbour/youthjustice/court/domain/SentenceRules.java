package org.harbour.youthjustice.court.domain;

import org.harbour.youthjustice.recording.domain.RuleBroken;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Sentencing Code's rules on the orders' lengths and a youth rehabilitation order's
 * requirements, and the terms they make: a referral order is 3 to 12 months; a youth
 * rehabilitation order runs up to 3 years with at least one requirement; a detention and training
 * order is 4, 6, 8, 10, 12, 18 or 24 months, half in custody and half on licence; detention under
 * section 250 releases at half; an extended sentence (section 254) adds an extension period of 1
 * to 8 years to the custodial term, with release at the earliest at two-thirds of it; detention
 * during His Majesty's pleasure (section 259) has no fixed length.
 */
public final class SentenceRules {

    public static final Set<Integer> DTO_MONTHS = Set.of(4, 6, 8, 10, 12, 18, 24);
    public static final int REFERRAL_MIN_MONTHS = 3;
    public static final int REFERRAL_MAX_MONTHS = 12;
    public static final int YRO_MAX_MONTHS = 36;
    public static final int EXTENSION_MIN_MONTHS = 12;
    public static final int EXTENSION_MAX_MONTHS = 96;
    /** Unpaid work and residence requirements are for children aged 16 or 17. */
    public static final int OLDER_CHILD = 16;

    private SentenceRules() {
    }

    /** Every rule the sentence breaks; empty when it may be recorded. */
    public static List<RuleBroken> check(OrderKind kind, Integer months, Integer extensionMonths,
                                              Set<YroRequirement> requirements, int ageOnSentence) {
        List<RuleBroken> problems = new ArrayList<>();
        Set<YroRequirement> reqs = requirements == null ? Set.of() : requirements;
        if (kind != OrderKind.YOUTH_REHABILITATION_ORDER && !reqs.isEmpty()) {
            problems.add(new RuleBroken("requirements", "Only a youth rehabilitation order carries requirements."));
        }
        if (kind != OrderKind.SECTION_254 && extensionMonths != null) {
            problems.add(new RuleBroken("extensionMonths", "Only an extended sentence (section 254) has an extension period."));
        }
        switch (kind) {
            case REFERRAL_ORDER -> {
                if (months == null || months < REFERRAL_MIN_MONTHS || months > REFERRAL_MAX_MONTHS) {
                    problems.add(new RuleBroken("months", "A referral order lasts 3 to 12 months."));
                }
            }
            case YOUTH_REHABILITATION_ORDER -> {
                if (months == null || months < 1 || months > YRO_MAX_MONTHS) {
                    problems.add(new RuleBroken("months", "A youth rehabilitation order lasts up to 3 years (1 to 36 months)."));
                }
                problems.addAll(requirementProblems(reqs, ageOnSentence));
            }
            case DETENTION_AND_TRAINING_ORDER -> {
                if (months == null || !DTO_MONTHS.contains(months)) {
                    problems.add(new RuleBroken("months", "A detention and training order is 4, 6, 8, 10, 12, 18 or 24 months."));
                }
            }
            case SECTION_250 -> {
                if (months == null || months < 1) {
                    problems.add(new RuleBroken("months", "Enter the length of the detention in months."));
                }
            }
            case SECTION_254 -> {
                if (months == null || months < 1) {
                    problems.add(new RuleBroken("months", "Enter the custodial term in months."));
                }
                if (extensionMonths == null || extensionMonths < EXTENSION_MIN_MONTHS || extensionMonths > EXTENSION_MAX_MONTHS) {
                    problems.add(new RuleBroken("extensionMonths", "An extension period is 1 to 8 years (12 to 96 months)."));
                }
            }
            case SECTION_259 -> {
                if (months != null) {
                    problems.add(new RuleBroken("months", "Detention during His Majesty's pleasure has no fixed length."));
                }
            }
        }
        return problems;
    }

    /** The youth rehabilitation order's requirements that cannot go together or do not fit the child's age. */
    static List<RuleBroken> requirementProblems(Set<YroRequirement> reqs, int age) {
        List<RuleBroken> problems = new ArrayList<>();
        if (reqs.isEmpty()) {
            problems.add(new RuleBroken("requirements", "A youth rehabilitation order needs at least one requirement."));
            return problems;
        }
        if (reqs.contains(YroRequirement.UNPAID_WORK) && age < OLDER_CHILD) {
            problems.add(new RuleBroken("requirements", "Unpaid work is only for children aged 16 or 17; this child is " + age + "."));
        }
        if (reqs.contains(YroRequirement.RESIDENCE) && age < OLDER_CHILD) {
            problems.add(new RuleBroken("requirements", "A residence requirement is only for children aged 16 or 17; this child is " + age + "."));
        }
        if (reqs.contains(YroRequirement.ELECTRONIC_MONITORING)
                && !reqs.contains(YroRequirement.CURFEW) && !reqs.contains(YroRequirement.EXCLUSION)) {
            problems.add(new RuleBroken("requirements", "Electronic monitoring goes with a curfew or an exclusion requirement it monitors."));
        }
        if (reqs.contains(YroRequirement.DRUG_TESTING) && !reqs.contains(YroRequirement.DRUG_TREATMENT)) {
            problems.add(new RuleBroken("requirements", "Drug testing goes with a drug treatment requirement."));
        }
        if (reqs.contains(YroRequirement.INTENSIVE_SUPERVISION_AND_SURVEILLANCE)) {
            if (reqs.contains(YroRequirement.FOSTERING)) {
                problems.add(new RuleBroken("requirements", "Intensive supervision and surveillance and fostering cannot go together."));
            }
            if (!reqs.contains(YroRequirement.SUPERVISION) || !reqs.contains(YroRequirement.CURFEW)) {
                problems.add(new RuleBroken("requirements",
                        "Intensive supervision and surveillance needs a supervision and a curfew requirement with it."));
            }
        }
        if (reqs.contains(YroRequirement.FOSTERING) && !reqs.contains(YroRequirement.SUPERVISION)) {
            problems.add(new RuleBroken("requirements", "A fostering requirement needs a supervision requirement with it."));
        }
        if (reqs.contains(YroRequirement.FOSTERING) && reqs.contains(YroRequirement.LOCAL_AUTHORITY_RESIDENCE)) {
            problems.add(new RuleBroken("requirements", "Fostering and local authority residence cannot go together."));
        }
        return problems;
    }

    /** The term of a sentence that passed {@link #check}: its last day is the day before the same date the months later. */
    public static SentenceTerm term(OrderKind kind, LocalDate startsOn, Integer months, Integer extensionMonths) {
        return switch (kind) {
            case REFERRAL_ORDER, YOUTH_REHABILITATION_ORDER -> new SentenceTerm(startsOn, null, lastDay(startsOn, months));
            case DETENTION_AND_TRAINING_ORDER -> new SentenceTerm(startsOn, startsOn.plusMonths(months / 2), lastDay(startsOn, months));
            case SECTION_250 -> new SentenceTerm(startsOn, fractionOf(startsOn, months, 1, 2), lastDay(startsOn, months));
            case SECTION_254 -> new SentenceTerm(startsOn, fractionOf(startsOn, months, 2, 3), lastDay(startsOn, months + extensionMonths));
            case SECTION_259 -> new SentenceTerm(startsOn, null, null);
        };
    }

    private static LocalDate lastDay(LocalDate start, int months) {
        return start.plusMonths(months).minusDays(1);
    }

    /** The day the given share of the term's days has been served, for terms whose months do not halve evenly. */
    private static LocalDate fractionOf(LocalDate start, int months, int numerator, int denominator) {
        long days = ChronoUnit.DAYS.between(start, start.plusMonths(months));
        return start.plusDays(days * numerator / denominator);
    }
}
