package org.harbour.youthjustice.extract.domain;

import org.harbour.core.spi.returns.ValidationMessage;
import org.harbour.youthjustice.extract.domain.CodeMap.Field;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of what the service controls in the case-level data: a date of birth recorded; sex and
 * ethnicity recorded and mapped; an age of 10 to 17 on each offence and outcome; a caution or
 * conviction tied to its offence; every offence and outcome type mapped in the code map's version. No
 * public schema exists, so the YJB's own validation is not reproduced.
 */
public final class CaseLevelChecks {

    private static final int YOUNGEST = 10;
    private static final int OLDEST = 17;

    private CaseLevelChecks() {
    }

    public static List<ValidationMessage> check(List<CaseLevelChild> children, CodeMap map) {
        List<ValidationMessage> messages = new ArrayList<>();
        for (CaseLevelChild c : children) {
            checkChild(c, map, messages);
        }
        return messages;
    }

    private static void checkChild(CaseLevelChild c, CodeMap map, List<ValidationMessage> messages) {
        String record = "/youth-justice/child.xhtml?person=" + c.personId();
        String details = "/case/child.xhtml?id=" + c.personId();
        long id = c.personId();
        if (c.dateOfBirth() == null) {
            messages.add(ValidationMessage.error("YJ01", "The child's date of birth is missing.", id, "DateOfBirth", details));
        }
        if (blank(c.sex())) {
            messages.add(ValidationMessage.error("YJ02", "The child's sex is missing.", id, "Sex", details));
        } else if (map.yjb(Field.SEX, c.sex()) == null) {
            messages.add(ValidationMessage.error("YJ07", "Sex '" + c.sex() + "' has no code in version " + map.version() + " of the code map.",
                    id, "Sex", details));
        }
        if (blank(c.ethnicity())) {
            messages.add(ValidationMessage.warning("YJ03", "The child's ethnicity is not recorded: disproportionality cannot count them.",
                    id, "Ethnicity", details));
        } else if (map.yjb(Field.ETHNICITY, c.ethnicity()) == null) {
            messages.add(ValidationMessage.error("YJ07", "Ethnicity '" + c.ethnicity() + "' has no code in version " + map.version()
                    + " of the code map.", id, "Ethnicity", details));
        }
        for (CaseLevelChild.OffenceRow o : c.offences()) {
            Integer age = ageOn(c.dateOfBirth(), o.committedOn());
            if (age != null && (age < YOUNGEST || age > OLDEST)) {
                messages.add(ValidationMessage.error("YJ04", "Offence " + o.offenceId() + " was committed at age " + age
                        + ": the data covers children aged 10 to 17.", id, "OffenceDate", record));
            }
            if (map.yjb(Field.OFFENCE_TYPE, o.type()) == null) {
                messages.add(ValidationMessage.error("YJ06", "Offence type " + o.type() + " has no code in version " + map.version()
                        + " of the code map.", id, "OffenceType", record));
            }
        }
        for (CaseLevelChild.OutcomeRow o : c.outcomes()) {
            Integer age = ageOn(c.dateOfBirth(), o.outcomeOn());
            if (age != null && (age < YOUNGEST || age > OLDEST + 1)) {
                // An outcome may follow the 18th birthday for an offence committed at 17; beyond that it is a wrong date.
                messages.add(ValidationMessage.error("YJ04", "Outcome " + o.outcomeId() + " is dated at age " + age
                        + ": the data covers children aged 10 to 17.", id, "OutcomeDate", record));
            }
            if (o.substantive() && o.offenceId() == null) {
                messages.add(ValidationMessage.error("YJ05", "Outcome " + o.outcomeId() + " (" + o.code()
                        + ") is a caution or conviction without its offence.", id, "OffenceId", record));
            }
            if (map.yjb(Field.OUTCOME, o.code()) == null) {
                messages.add(ValidationMessage.error("YJ06", "Outcome type " + o.code() + " has no code in version " + map.version()
                        + " of the code map.", id, "OutcomeCode", record));
            }
        }
    }

    static Integer ageOn(LocalDate born, LocalDate on) {
        if (born == null || on == null) {
            return null;
        }
        return Period.between(born, on).getYears();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
