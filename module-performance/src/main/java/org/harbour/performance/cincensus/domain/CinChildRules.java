package org.harbour.performance.cincensus.domain;

import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ValidationMessage;

import java.time.LocalDate;
import java.util.List;

/**
 * The DfE's Children in Need census rules on a child's identifiers (UPN and former UPN: check
 * letter 1510, characters 5-12 1540, character 13 1550; date of birth 8520, 8525; date of death 8545Q),
 * each with the DfE's rule number and message. Identifiers are put right on the person's page.
 */
final class CinChildRules {

    /** The check letters of a UPN, by the remainder of its weighted sum divided by 23. */
    private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWX";
    private static final int UPN_LENGTH = 13;

    private CinChildRules() {
    }

    static void check(CinChild child, ReturnPeriod period, List<ValidationMessage> out) {
        String person = "/people/person.xhtml?id=" + child.childId();
        upn(child, child.upn(), "UPN", "UPN", person, out);
        upn(child, child.formerUpn(), "Former UPN", "FormerUPN", person, out);
        if (child.birthDate() != null && child.birthDate().isAfter(period.end())) {
            out.add(ValidationMessage.error("8520", "Date of Birth is after data collection period (must be on or "
                    + "before the end of the census period)", child.childId(), "PersonBirthDate", person));
        }
        if ((child.birthDate() == null) == (child.expectedBirthDate() == null)) {
            out.add(ValidationMessage.error("8525", "Either Date of Birth or Expected Date of Birth must be provided "
                    + "(but not both)", child.childId(), "PersonBirthDate", person));
        }
        LocalDate died = child.deathDate();
        if (died != null && !period.contains(died)) {
            out.add(ValidationMessage.warning("8545Q", "Please check: Child's date of death should be within the "
                    + "census year", child.childId(), "PersonDeathDate", person));
        }
    }

    /** The three UPN checks, on the UPN or the former UPN; each names which of the two it found. */
    private static void upn(CinChild child, String upn, String label, String field, String link,
                            List<ValidationMessage> out) {
        if (upn == null || upn.isBlank() || upn.length() != UPN_LENGTH) {
            return;
        }
        String middle = upn.substring(4, 12);
        if (!middle.chars().allMatch(Character::isDigit)) {
            out.add(ValidationMessage.error("1540", label + " invalid (characters 5-12 not all numeric)",
                    child.childId(), field, link));
        }
        char last = upn.charAt(12);
        boolean lastValid = Character.isDigit(last) || (last >= 'A' && last <= 'Z' && "IOS".indexOf(last) < 0);
        if (!lastValid) {
            out.add(ValidationMessage.error("1550", label + " invalid (character 13 not a recognised value)",
                    child.childId(), field, link));
        }
        if (upn.substring(1).chars().allMatch(Character::isDigit) && upn.charAt(0) != checkLetter(upn)) {
            out.add(ValidationMessage.error("1510", label + " invalid (wrong check letter at character 1)",
                    child.childId(), field, link));
        }
    }

    /** Characters 2-13 weighted 2 to 13, summed, the remainder by 23 naming the letter. */
    static char checkLetter(String upn) {
        int sum = 0;
        for (int i = 1; i < UPN_LENGTH; i++) {
            sum += Character.digit(upn.charAt(i), 10) * (i + 1);
        }
        return CHECK_LETTERS.charAt(sum % 23);
    }
}
