package org.harbour.core.person.domain;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a person about to be recorded may already be in the index. The same NHS number or
 * UPN is certain; a name that sounds alike with the same date of birth is likely; a name that
 * sounds alike with a near date of birth (day and month swapped, or the year one out), the same
 * postcode, or no date of birth to compare is possible.
 */
public final class DuplicateRules {

    /** Above this Jaro-Winkler similarity two spellings count as the same name even when their keys differ. */
    static final double SIMILAR_NAME = 0.92;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** A reason the two records may be one person. */
    public record Match(DuplicateLikelihood likelihood, String reason) {
    }

    private DuplicateRules() {
    }

    public static Optional<Match> assess(IdentifyingDetails proposed, IdentifyingDetails existing) {
        if (proposed.nhsNumber() != null && proposed.nhsNumber().equals(existing.nhsNumber())) {
            return Optional.of(new Match(DuplicateLikelihood.CERTAIN, "Same NHS number"));
        }
        if (proposed.upn() != null && proposed.upn().equals(existing.upn())) {
            return Optional.of(new Match(DuplicateLikelihood.CERTAIN, "Same Unique Pupil Number"));
        }
        if (!namesAlike(proposed.familyName(), existing.familyName())
                || !namesAlike(proposed.givenName(), existing.givenName())) {
            return Optional.empty();
        }
        LocalDate a = proposed.dateOfBirth();
        LocalDate b = existing.dateOfBirth();
        if (a != null && a.equals(b)) {
            return Optional.of(new Match(DuplicateLikelihood.LIKELY, "Name sounds alike; same date of birth"));
        }
        if (a != null && b != null && dayAndMonthSwapped(a, b)) {
            return Optional.of(new Match(DuplicateLikelihood.POSSIBLE,
                    "Name sounds alike; date of birth with day and month swapped"));
        }
        if (a != null && b != null && yearOneOut(a, b)) {
            return Optional.of(new Match(DuplicateLikelihood.POSSIBLE,
                    "Name sounds alike; date of birth a year apart"));
        }
        if (proposed.postcode() != null && proposed.postcode().equals(existing.postcode())) {
            return Optional.of(new Match(DuplicateLikelihood.POSSIBLE, "Name sounds alike; same postcode"));
        }
        if (a == null || b == null) {
            return Optional.of(new Match(DuplicateLikelihood.POSSIBLE,
                    "Name sounds alike; no date of birth to compare"));
        }
        return Optional.empty();
    }

    /** Same Double Metaphone key, or spellings close enough to be a slip of the keyboard. */
    public static boolean namesAlike(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return false;
        }
        return PhoneticName.of(a).soundsLike(PhoneticName.of(b)) || similarity(a, b) >= SIMILAR_NAME;
    }

    /** Jaro-Winkler similarity of two names, ignoring case, accents and punctuation: 0 to 1. */
    public static double similarity(String a, String b) {
        String x = PhoneticName.lettersOnly(a).toLowerCase(Locale.ROOT);
        String y = PhoneticName.lettersOnly(b).toLowerCase(Locale.ROOT);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        return JARO_WINKLER.apply(x, y);
    }

    static boolean dayAndMonthSwapped(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear() && a.getDayOfMonth() == b.getMonthValue()
                && a.getMonthValue() == b.getDayOfMonth() && !Objects.equals(a, b);
    }

    static boolean yearOneOut(LocalDate a, LocalDate b) {
        return a.getDayOfMonth() == b.getDayOfMonth() && a.getMonthValue() == b.getMonthValue()
                && Math.abs(a.getYear() - b.getYear()) == 1;
    }
}
