package org.harbour.youthjustice.court.domain;

import org.harbour.youthjustice.recording.domain.RuleBroken;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BreachRulesTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 1);

    private static CourtOrder order(OrderKind kind, int months) {
        return new CourtOrder(1, 10, kind, SentenceRules.term(kind, START, months, null), months, null,
                kind == OrderKind.YOUTH_REHABILITATION_ORDER ? EnumSet.of(YroRequirement.SUPERVISION) : EnumSet.noneOf(YroRequirement.class),
                "dan", Instant.EPOCH);
    }

    private static Breach warning(LocalDate on) {
        return new Breach(1, 1, on, BreachAction.WARNING, "Missed an appointment", "dan", Instant.EPOCH);
    }

    @Test
    void aBreachFallsWithinTheOrder() {
        CourtOrder yro = order(OrderKind.YOUTH_REHABILITATION_ORDER, 12);
        assertThat(BreachRules.refusal(yro, List.of(), START.minusDays(1), BreachAction.WARNING)).get()
                .extracting(RuleBroken::field).isEqualTo("failedOn");
        assertThat(BreachRules.refusal(yro, List.of(), START, BreachAction.WARNING)).isEmpty();
        assertThat(BreachRules.refusal(yro, List.of(), LocalDate.of(2026, 2, 28), BreachAction.WARNING)).isEmpty();
        assertThat(BreachRules.refusal(yro, List.of(), LocalDate.of(2026, 3, 1), BreachAction.WARNING)).isPresent();
    }

    @Test
    void aYouthRehabilitationOrderGetsOneWarningInTwelveMonthsThenGoesBackToCourt() {
        CourtOrder yro = order(OrderKind.YOUTH_REHABILITATION_ORDER, 24);
        List<Breach> warned = List.of(warning(LocalDate.of(2025, 4, 10)));
        assertThat(BreachRules.refusal(yro, warned, LocalDate.of(2026, 4, 9), BreachAction.WARNING)).get()
                .extracting(RuleBroken::field).isEqualTo("action");
        assertThat(BreachRules.refusal(yro, warned, LocalDate.of(2026, 4, 9), BreachAction.BREACH_PROCEEDINGS)).isEmpty();
        assertThat(BreachRules.refusal(yro, warned, LocalDate.of(2026, 4, 10), BreachAction.WARNING))
                .as("twelve months after the warning a new warning may be given").isEmpty();
    }

    @Test
    void theWarningRuleIsTheYouthRehabilitationOrdersOnly() {
        CourtOrder referral = order(OrderKind.REFERRAL_ORDER, 12);
        assertThat(BreachRules.refusal(referral, List.of(warning(LocalDate.of(2025, 4, 10))), LocalDate.of(2025, 5, 1),
                BreachAction.WARNING)).isEmpty();
    }

    @Test
    void aReportIsOverdueOnceItsDayHasPassedUnfiledAndLateIfFiledAfterIt() {
        PreSentenceReport report = new PreSentenceReport(1, null, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 26), "dan", Instant.EPOCH);
        assertThat(report.isOverdue(LocalDate.of(2026, 1, 26))).isFalse();
        assertThat(report.isOverdue(LocalDate.of(2026, 1, 27))).isTrue();
        report.file(LocalDate.of(2026, 1, 28));
        assertThat(report.isOverdue(LocalDate.of(2026, 2, 1))).isFalse();
        assertThat(report.isLate()).isTrue();
    }
}
