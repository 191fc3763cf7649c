package org.harbour.performance.ssda903.domain;

import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ValidationMessage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The DfE's SSDA903 validation rules this return checks before it is sent, each with the DfE's
 * rule code and message (source: the DfE's "SSDA903 validation rules" for the collection year,
 * as published with the CLA guidance). Every finding names the child, the field and the page that
 * puts it right: the person's details for Header fields, the episode's page for episode fields.
 */
public final class Ssda903Rules {

    /** No episode may start before the Children Act 1989 came into force. */
    static final LocalDate FIRST_EPISODE_DAY = LocalDate.of(1991, 10, 14);
    /** Placement orders (E1) replaced freeing orders (D1) from 30 December 2005. */
    static final LocalDate PLACEMENT_ORDERS_FROM = LocalDate.of(2005, 12, 1);
    static final LocalDate FREEING_ORDERS_UNTIL = LocalDate.of(2005, 12, 31);

    private Ssda903Rules() {
    }

    /**
     * @param ownAuthority the authority's own DfE local authority code, which the rules on where a
     *                     placement is compare PL_LA with (411, 1015); a placement in it is in a valid
     *                     authority (169) whatever the code
     */
    public static List<ValidationMessage> check(List<Ssda903Child> children, ReturnPeriod period,
                                                String ownAuthority) {
        Ssda903Codes codes = Ssda903Codes.forYear(period.start().getYear());
        List<ValidationMessage> messages = new ArrayList<>();
        for (Ssda903Child child : children) {
            header(child, codes, messages);
            episodes(child, codes, messages);
            Ssda903EpisodeRules.check(child, period, messages);
            Ssda903PlacementLocationRules.check(child, period, ownAuthority, messages);
            Ssda903LookedAfterRules.check(child, period, messages);
            Ssda903TableRules.check(child, period, messages);
            Ssda903StatusTableRules.check(child, period, messages);
        }
        return messages;
    }

    private static void header(Ssda903Child c, Ssda903Codes codes, List<ValidationMessage> out) {
        String person = personLink(c.childId());
        if (!in(codes.sex(), codes.sexCode(c.sex()))) {
            out.add(ValidationMessage.error("101", "Gender code is not valid.", c.childId(), "SEX", person));
        }
        if (!in(codes.ethnicity(), c.ethnicity())) {
            out.add(ValidationMessage.error("103", "The ethnicity code is either not valid or has not been entered.",
                    c.childId(), "ETHNIC", person));
        }
        if (c.dateOfBirth() != null && !c.episodes().isEmpty()
                && c.dateOfBirth().isAfter(c.episodes().get(0).start())) {
            out.add(ValidationMessage.error("302", "First episode starts before child was born.", c.childId(),
                    "DECOM", person));
        }
    }

    private static void episodes(Ssda903Child c, Ssda903Codes codes, List<ValidationMessage> out) {
        for (Ssda903Episode e : c.episodes()) {
            String record = episodeLink(c.childId(), e.episodeId());
            check(out, !in(codes.reasonNewEpisode(), e.reasonNewEpisode()), "143",
                    "The reason for new episode code is not a valid code.", c, "RNE", record);
            check(out, !in(codes.legalStatus(), e.legalStatus()), "144",
                    "The legal status code is not a valid code.", c, "LS", record);
            String periodPage = periodLink(c.childId(), e.periodId());
            check(out, !in(codes.categoryOfNeed(), e.categoryOfNeed()), "145",
                    "Category of need code is not a valid code.", c, "CIN", periodPage);
            check(out, !in(codes.placement(), e.placement()), "146",
                    "Placement type code is not a valid code.", c, "PLACE", record);
            check(out, e.reasonCeased() != null && !codes.reasonCeased().contains(e.reasonCeased()), "149",
                    "Reason episode ceased code is not valid. ", c, "REC", record);
            check(out, e.start().isBefore(FIRST_EPISODE_DAY), "353",
                    "No episode submitted can start before 14 October 1991.", c, "DECOM", record);
            check(out, "D1".equals(e.legalStatus()) && e.start().isAfter(FREEING_ORDERS_UNTIL), "445",
                    "D1 is not a valid code for episodes starting after December 2005.", c, "LS", record);
            check(out, "E1".equals(e.legalStatus()) && e.start().isBefore(PLACEMENT_ORDERS_FROM), "446",
                    "E1 is not a valid code for episodes starting before December 2005.", c, "LS", record);
        }
    }

    private static void check(List<ValidationMessage> out, boolean broken, String code, String message,
                              Ssda903Child c, String field, String link) {
        if (broken) {
            out.add(ValidationMessage.error(code, message, c.childId(), field, link));
        }
    }

    private static boolean in(Set<String> codes, String value) {
        return value != null && codes.contains(value);
    }

    public static String personLink(long childId) {
        return "/people/person.xhtml?id=" + childId;
    }

    /** The period of care's page, where its category of need is recorded. */
    static String periodLink(long childId, long periodId) {
        return "/case/involvement.xhtml?person=" + childId + "&kind=looked-after&id=" + periodId;
    }

    /** The episode's own page, where its codes are corrected. */
    static String episodeLink(long childId, long episodeId) {
        return "/case/involvement.xhtml?person=" + childId + "&kind=placement-episode&id=" + episodeId;
    }
}
