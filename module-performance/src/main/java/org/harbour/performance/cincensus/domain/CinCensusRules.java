package org.harbour.performance.cincensus.domain;

import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ValidationMessage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The DfE's Children in Need census validation rules this return checks before it is sent, each
 * with the DfE's rule number and message (source: the DfE's "Children in need census: validation
 * rules" for the collection year). Each finding names the child, the field and
 * the referral's page, where it and its work are put right.
 */
public final class CinCensusRules {

    private CinCensusRules() {
    }

    public static List<ValidationMessage> check(List<CinChild> children, ReturnPeriod period) {
        List<ValidationMessage> messages = new ArrayList<>();
        for (CinChild child : children) {
            for (CinChild.CinEpisode e : child.episodes()) {
                String link = "/case/involvement.xhtml?person=" + child.childId() + "&kind=referral&id="
                        + e.referralId();
                if (!e.nfa() && (e.primaryNeed() == null || e.primaryNeed().isBlank())) {
                    messages.add(ValidationMessage.error("8610",
                            "Primary Need code is missing for a referral which led to further action.",
                            child.childId(), "PrimaryNeedCode", link));
                }
                if (e.closureDate() != null && activity(e).anyMatch(d -> d.isAfter(e.closureDate()))) {
                    messages.add(ValidationMessage.error("8565", "Activity shown after a case has been closed",
                            child.childId(), "CINclosureDate", link));
                }
            }
        }
        return messages;
    }

    /** The dates rule 8565 compares with the closure: assessments, enquiries, conferences, plan ends and CIN plans. */
    private static Stream<LocalDate> activity(CinChild.CinEpisode e) {
        return Stream.of(
                e.assessments().stream().flatMap(a -> Stream.of(a.start(), a.authorised())),
                e.section47s().stream().flatMap(s -> Stream.of(s.start(), s.dateOfInitialCpc())),
                e.protectionPlans().stream().map(CinChild.ProtectionPlan::end),
                e.cinPlans().stream().flatMap(p -> Stream.of(p.start(), p.end())),
                Stream.of(e.dateOfInitialCpc())
        ).flatMap(s -> s).filter(Objects::nonNull);
    }
}
