package org.harbour.youthjustice.extract.domain;

import org.harbour.core.spi.returns.ValidationMessage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of what the service controls in the case-level data: a date of birth, sex and
 * ethnicity recorded; an age of 10 to 17 on each offence; a caution or conviction tied to its
 * offence; every outcome type mapped to a national code. No public schema exists, so the YJB's own
 * validation is not reproduced.
 */
public final class CaseLevelChecks {

    private CaseLevelChecks() {
    }

    public static List<ValidationMessage> check(List<CaseLevelChild> children) {
        List<ValidationMessage> messages = new ArrayList<>();
        for (CaseLevelChild c : children) {
            String person = "/youth-justice/child.xhtml?person=" + c.personId();
            String details = "/case/child.xhtml?id=" + c.personId();
            if (c.dateOfBirth() == null) {
                messages.add(ValidationMessage.error("YJ01", "The child's date of birth is missing.", c.personId(), "DateOfBirth", details));
            }
            if (blank(c.sex())) {
                messages.add(ValidationMessage.error("YJ02", "The child's sex is missing.", c.personId(), "Sex", details));
            }
            if (blank(c.ethnicity())) {
                messages.add(ValidationMessage.warning("YJ03", "The child's ethnicity is not recorded: disproportionality cannot count them.",
                        c.personId(), "Ethnicity", details));
            }
            for (CaseLevelChild.OffenceRow o : c.offences()) {
                Integer age = ageOn(c.dateOfBirth(), o.committedOn());
                if (age != null && (age < 10 || age > 17)) {
                    messages.add(ValidationMessage.error("YJ04", "Offence " + o.offenceId() + " was committed at age " + age
                            + ": the data covers children aged 10 to 17.", c.personId(), "OffenceDate", person));
                }
            }
            for (CaseLevelChild.OutcomeRow o : c.outcomes()) {
                if (o.substantive() && o.offenceId() == null) {
                    messages.add(ValidationMessage.error("YJ05", "Outcome " + o.outcomeId() + " (" + o.code()
                            + ") is a caution or conviction without its offence.", c.personId(), "OffenceId", person));
                }
                if (blank(o.nationalCode())) {
                    messages.add(ValidationMessage.error("YJ06", "Outcome type " + o.code() + " has no national code in the code list.",
                            c.personId(), "OutcomeCode", person));
                }
            }
        }
        return messages;
    }

    static Integer ageOn(LocalDate born, LocalDate on) {
        if (born == null || on == null) {
            return null;
        }
        return java.time.Period.between(born, on).getYears();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
