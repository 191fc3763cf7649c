package org.harbour.performance.slices.domain;

import org.harbour.core.spi.casedata.AllocationRow;
import org.harbour.core.spi.casedata.EpisodeRow;
import org.harbour.core.spi.casedata.PersonRecordRow;
import org.harbour.performance.indicators.domain.Item;
import org.harbour.performance.indicators.domain.Unit;
import org.harbour.performance.populations.domain.AgeBand;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlicerTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /**
     * Children 1-4: 1 is a girl of 3 in team 7 (worker 70), looked after (C2); 2 a boy of 12 in team 7 until
     * 15 October, then team 8; 3 has no date of birth, sex or allocation; 4 a boy of 17 in team 8.
     */
    private final ChildFacts facts = new ChildFacts(List.of(
            new PersonRecordRow(1, d("2023-05-01"), null, "F", "WBRI", null, "LS1 4AP"),
            new PersonRecordRow(2, d("2014-01-01"), null, "M", "ABAN", null, "LS12 3AB"),
            new PersonRecordRow(3, null, null, "", null, null, null),
            new PersonRecordRow(4, d("2009-06-01"), null, "M", "WBRI", null, "BD1 1AA")),
            List.of(new AllocationRow(1, 1, 70, 7, d("2026-01-01"), null),
                    new AllocationRow(2, 2, 71, 7, d("2026-01-01"), d("2026-10-15")),
                    new AllocationRow(2, 2, 80, 8, d("2026-10-15"), null),
                    new AllocationRow(4, 4, 80, 8, d("2026-01-01"), null)),
            List.of(new EpisodeRow(1, 1, 1, d("2026-02-01"), null, "S", "U4", "PR1", "C2")),
            Map.of(7L, "Family Safeguarding", 8L, "Children in Care"), Map.of(70L, "Sam Ellis", 80L, "Ana Cruz"));

    private static Item visit(long child, String date, boolean onTime) {
        return new Item(child, "Visit (CP)", LocalDate.parse(date), null, onTime ? "On time" : "Late", onTime ? 1 : 0,
                true);
    }

    private final List<Item> visits = List.of(visit(1, "2026-10-02", true), visit(2, "2026-10-10", false),
            visit(2, "2026-10-20", true), visit(3, "2026-10-05", true), visit(4, "2026-10-06", false));

    @Test
    void everyRowFallsInOneSliceSoTheSlicesAddUpWithAnUnknownSlice() {
        for (SliceDimension by : SliceDimension.values()) {
            List<Slice> slices = Slicer.slice(visits, OCT, by, facts, true, new HashMap<>());
            assertEquals(3, slices.stream().mapToLong(Slice::numerator).sum(), by + " numerator");
            assertEquals(5, slices.stream().mapToLong(Slice::denominator).sum(), by + " denominator");
            assertEquals(ChildFacts.UNKNOWN, slices.get(slices.size() - 1).label(), by + ": Unknown listed, last");
        }
    }

    @Test
    void eachSlicesRowsAreTheRowsItCountsSoTheyAddUpToIt() {
        for (SliceDimension by : SliceDimension.values()) {
            int listed = 0;
            for (Slice slice : Slicer.slice(visits, OCT, by, facts, true, new HashMap<>())) {
                List<Item> rows = Slicer.rowsOf(visits, OCT, by, facts, slice.label());
                assertEquals(slice.numerator(), rows.stream().mapToLong(Item::numerator).sum(), by + " " + slice.label());
                assertEquals(slice.denominator(), rows.stream().filter(Item::inDenominator).count(),
                        by + " " + slice.label());
                listed += rows.size();
            }
            assertEquals(visits.size(), listed, by + ": every row in one slice's list");
        }
        // Child 2's two visits: the one of 10 October in Family Safeguarding, the one of 20 October in Children in Care.
        assertEquals(List.of(visits.get(0), visits.get(1)),
                Slicer.rowsOf(visits, OCT, SliceDimension.TEAM, facts, "Family Safeguarding"));
        assertEquals(List.of(), Slicer.rowsOf(visits, OCT, SliceDimension.TEAM, facts, "No such team"));
    }

    @Test
    void aVisitIsSlicedByTheTeamHoldingTheCaseThatDay() {
        Map<String, Set<Long>> children = new HashMap<>();
        List<Slice> byTeam = Slicer.slice(visits, OCT, SliceDimension.TEAM, facts, true, children);
        Map<String, Slice> slices = new HashMap<>();
        byTeam.forEach(s -> slices.put(s.label(), s));
        // Child 2's visit on 10 Oct was in Family Safeguarding, on 20 Oct in Children in Care (moved 15 Oct).
        assertEquals(2, slices.get("Family Safeguarding").denominator());
        assertEquals(2, slices.get("Children in Care").denominator());
        assertEquals(1, slices.get(ChildFacts.UNKNOWN).denominator(), "child 3 is not allocated");
        assertEquals(Set.of(1L, 2L), children.get("Family Safeguarding"));
    }

    @Test
    void ageBandsSexLegalStatusAndLocality() {
        LocalDate end = OCT.atEndOfMonth();
        assertEquals("1 to 4", facts.valueOf(SliceDimension.AGE_BAND, 1, end));
        assertEquals("10 to 15", facts.valueOf(SliceDimension.AGE_BAND, 2, end));
        assertEquals("16 and 17", facts.valueOf(SliceDimension.AGE_BAND, 4, end));
        assertEquals(ChildFacts.UNKNOWN, facts.valueOf(SliceDimension.AGE_BAND, 3, end));
        assertEquals("Under 1", ChildFacts.ageBand(d("2026-01-01"), end));
        assertEquals("18 and over", ChildFacts.ageBand(d("2008-10-31"), end));
        assertEquals("Female", facts.valueOf(SliceDimension.SEX, 1, end));
        assertEquals(ChildFacts.UNKNOWN, facts.valueOf(SliceDimension.SEX, 3, end));
        assertEquals("C2", facts.valueOf(SliceDimension.LEGAL_STATUS, 1, end));
        assertEquals("Not looked after", facts.valueOf(SliceDimension.LEGAL_STATUS, 2, end));
        assertEquals("LS12", facts.valueOf(SliceDimension.LOCALITY, 2, end));
        assertEquals("Sam Ellis", facts.valueOf(SliceDimension.WORKER, 1, end));
        assertEquals("2023-05", facts.birthMonth(1));
        assertEquals("", facts.birthMonth(3));
    }

    @Test
    void smallNumbersAreWithheldForThoseWhoDoNotHoldTheRecordsAndOneAloneIsNeverLeftDerivable() {
        List<Slice> slices = List.of(new Slice("A", 30, 40L, 40, 40, false), new Slice("B", 3, 8L, 8, 8, false),
                new Slice("C", 7, 9L, 9, 9, false), new Slice("D", 0, 0L, 0, 0, false));
        // Below 6: B's numerator 3 is small. Only one withheld, so the next smallest (C, 9) is withheld too.
        List<Slice> shown = Slicer.suppress(slices, 6, s -> true);
        assertTrue(shown.get(1).suppressed());
        assertTrue(shown.get(2).suppressed());
        assertFalse(shown.get(0).suppressed());
        assertFalse(shown.get(3).suppressed(), "an empty slice discloses nothing");
        assertEquals("x", shown.get(1).getNumeratorText());
        assertEquals("", shown.get(1).valueText(true, false));
        // A record holder of every slice sees every number.
        assertTrue(Slicer.suppress(slices, 6, s -> false).stream().noneMatch(Slice::suppressed));
    }

    @Test
    void aRowWithoutAChildCannotBeSlicedByChild() {
        List<Item> holders = List.of(new Item(null, "Caseholder (staff number 1)", d("2026-10-31"), null, "3 child(ren)",
                3, true));
        assertThrows(IllegalArgumentException.class,
                () -> Slicer.slice(holders, OCT, SliceDimension.SEX, facts, true, new HashMap<>()));
    }

    @Test
    void pseudonymsAreStableUnderOneKeyDifferUnderAnotherAndNeedALongKey() {
        Pseudonyms one = new Pseudonyms("unit-test-key-unit-test-key-unit-test-key");
        assertEquals(one.of(42), new Pseudonyms("unit-test-key-unit-test-key-unit-test-key").of(42));
        assertNotEquals(one.of(42), one.of(43));
        assertNotEquals(one.of(42), new Pseudonyms("another-test-key-another-test-key-another").of(42));
        assertTrue(one.of(42).matches("C[0-9a-f]{20}"), one.of(42));
        assertFalse(one.of(42).contains("42"));
        assertThrows(IllegalArgumentException.class, () -> new Pseudonyms("short"));
    }

    @Test
    void aRateByAgeBandIsPerEachBandsOwnPopulationAndOtherwiseEachSliceIsItsShareOfTheWholeRate() {
        // 12 children in care per 10,000 of 6,000 children is 20.0. By age band: 4 under 1 out of 400 babies
        // is 100.0 within the band; the 1 to 4s have no population entered, so their 8 are 13.3 of the whole.
        List<Slice> byAge = List.of(new Slice("Under 1", 4, null, 4, 4, false),
                new Slice("1 to 4", 8, null, 8, 8, false), new Slice("Unknown", 0, null, 0, 0, false));
        Map<AgeBand, Long> ofYear = Map.of(AgeBand.CHILDREN_0_17, 6_000L, AgeBand.AGED_UNDER_1, 400L);
        List<Slice> rated = Slicer.perPopulation(byAge, SliceDimension.AGE_BAND, ofYear, AgeBand.CHILDREN_0_17);
        double per = Unit.RATE_PER_10000_CHILDREN.per();
        assertEquals("100.0", rated.get(0).rateText(per));
        assertTrue(rated.get(0).ownPopulation());
        assertEquals("13.3", rated.get(1).rateText(per));
        assertFalse(rated.get(1).ownPopulation());
        assertEquals("6,000", rated.get(1).getPopulationText());

        // By team no population is kept: the shares of the whole population add up to the figure's rate.
        List<Slice> byTeam = Slicer.perPopulation(List.of(new Slice("North", 9, null, 9, 9, false),
                new Slice("South", 3, null, 3, 3, false)), SliceDimension.TEAM, ofYear, AgeBand.CHILDREN_0_17);
        assertEquals("15.0", byTeam.get(0).rateText(per));
        assertEquals("5.0", byTeam.get(1).rateText(per));
        assertEquals(Unit.RATE_PER_10000_CHILDREN.value(12, null, 6_000L).getAsDouble(),
                byTeam.stream().mapToDouble(s -> per * s.numerator() / s.population()).sum(), 1e-9);
        assertEquals("", byTeam.get(0).suppress().rateText(per), "a withheld slice shows no rate");
    }
}
