package org.harbour.pause.cohort.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cohort rules against hand-built family histories. */
class CohortRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    /** A family under construction: children with birthdays and orders. */
    private static final class Family {
        private final long mother;
        private final LocalDate motherBorn;
        private final List<Child> children = new ArrayList<>();
        private final List<ChildOrder> orders = new ArrayList<>();

        Family(long mother, LocalDate motherBorn) {
            this.mother = mother;
            this.motherBorn = motherBorn;
        }

        Family child(long id, LocalDate born) {
            children.add(new Child(id, born));
            return this;
        }

        Family order(long child, OrderKind kind, LocalDate on) {
            orders.add(new ChildOrder(child, kind, on));
            return this;
        }

        Family removed(long id, LocalDate born, LocalDate on) {
            return child(id, born).order(id, OrderKind.CARE_ORDER, on);
        }

        FamilyHistory history() {
            return new FamilyHistory(mother, motherBorn, children, orders);
        }
    }

    private static Family woman(long id) {
        return new Family(id, LocalDate.of(2000, 3, 1));
    }

    @Test
    void siblingsRemovedTogetherAreOneEvent() {
        FamilyHistory h = woman(1)
                .removed(10, LocalDate.of(2018, 1, 1), LocalDate.of(2021, 5, 10))
                .removed(11, LocalDate.of(2019, 6, 1), LocalDate.of(2021, 5, 10))
                .removed(12, LocalDate.of(2020, 8, 1), LocalDate.of(2021, 5, 30)).history();

        List<RemovalEvent> events = h.events(TODAY);

        assertEquals(1, events.size());
        assertEquals(3, events.get(0).children().size());
        assertEquals(LocalDate.of(2021, 5, 10), events.get(0).removedOn());
    }

    @Test
    void removalsMonthsApartAreSeparateEvents() {
        FamilyHistory h = woman(1)
                .removed(10, LocalDate.of(2018, 1, 1), LocalDate.of(2021, 5, 10))
                .removed(11, LocalDate.of(2019, 6, 1), LocalDate.of(2021, 6, 8)).history();

        assertEquals(2, h.events(TODAY).size(), "29 days after the first is no longer the same proceedings");
    }

    @Test
    void aChildRemovedTwentyEightDaysAfterTheFirstIsStillRemovedWithHer() {
        FamilyHistory h = woman(1)
                .removed(10, LocalDate.of(2018, 1, 1), LocalDate.of(2024, 2, 1))
                .removed(11, LocalDate.of(2019, 6, 1), LocalDate.of(2024, 2, 29)).history();

        List<RemovalEvent> events = h.events(TODAY);

        assertEquals(FamilyHistory.TOGETHER_WITHIN_DAYS, 28);
        assertEquals(1, events.size(), "28 days on (across a leap day) is the same proceedings");
        assertEquals(2, events.get(0).children().size());
    }

    @Test
    void aChildRemovedTwentyNineDaysAfterTheFirstAcrossALeapDayIsANewEvent() {
        FamilyHistory h = woman(1)
                .removed(10, LocalDate.of(2018, 1, 1), LocalDate.of(2024, 2, 1))
                .removed(11, LocalDate.of(2019, 6, 1), LocalDate.of(2024, 3, 1)).history();

        List<RemovalEvent> events = h.events(TODAY);

        assertEquals(2, events.size());
        assertEquals(LocalDate.of(2024, 3, 1), events.get(1).removedOn());
    }

    @Test
    void theWindowRunsFromTheFirstChildOfTheEventAndDoesNotChain() {
        FamilyHistory h = woman(1)
                .removed(10, LocalDate.of(2017, 1, 1), LocalDate.of(2022, 1, 1))
                .removed(11, LocalDate.of(2018, 1, 1), LocalDate.of(2022, 1, 21))
                .removed(12, LocalDate.of(2019, 1, 1), LocalDate.of(2022, 2, 10)).history();

        List<RemovalEvent> events = h.events(TODAY);

        assertEquals(2, events.size(), "40 days after the first is not together, though 20 after the second");
        assertEquals(List.of(10L, 11L), events.get(0).children().stream().map(ChildRemoval::childId).toList());
        assertEquals(List.of(12L), events.get(1).children().stream().map(ChildRemoval::childId).toList());
    }

    @Test
    void aChildWithSeveralOrdersIsRemovedOnceOnTheFirst() {
        FamilyHistory h = woman(1).child(10, LocalDate.of(2019, 1, 1))
                .order(10, OrderKind.PLACEMENT_ORDER, LocalDate.of(2020, 9, 1))
                .order(10, OrderKind.CARE_ORDER, LocalDate.of(2020, 2, 1))
                .order(10, OrderKind.ADOPTION_UNOPPOSED, LocalDate.of(2021, 3, 1)).history();

        List<ChildRemoval> removals = h.removals();

        assertEquals(1, removals.size());
        assertEquals(LocalDate.of(2020, 2, 1), removals.get(0).removedOn());
        assertEquals(List.of(OrderKind.CARE_ORDER, OrderKind.PLACEMENT_ORDER, OrderKind.ADOPTION_UNOPPOSED),
                removals.get(0).orders().stream().map(ChildOrder::kind).toList());
    }

    @Test
    void aChildBornFortyWeeksExactlyAfterTheRemovalIsNotLaterBorn() {
        LocalDate firstRemoval = LocalDate.of(2022, 1, 10);
        FamilyHistory h = woman(1)
                .removed(10, LocalDate.of(2020, 1, 1), firstRemoval)
                .removed(11, firstRemoval.plusWeeks(40), firstRemoval.plusWeeks(41)).history();

        assertTrue(h.laterBornRemovals(TODAY).isEmpty());
        assertFalse(h.isNewSecondRemoval(TODAY));
    }

    @Test
    void aChildBornFortyWeeksAndADayAfterTheRemovalIsLaterBorn() {
        LocalDate firstRemoval = LocalDate.of(2022, 1, 10);
        FamilyHistory h = woman(1)
                .removed(10, LocalDate.of(2020, 1, 1), firstRemoval)
                .removed(11, firstRemoval.plusWeeks(40).plusDays(1), firstRemoval.plusWeeks(42)).history();

        assertEquals(List.of(11L), h.laterBornRemovals(TODAY).stream().map(ChildRemoval::childId).toList());
        assertTrue(h.isNewSecondRemoval(TODAY));
    }

    @Test
    void aThirdRemovalIsNoLongerANewSecondRemoval() {
        Family family = woman(1)
                .removed(10, LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 10))
                .removed(11, LocalDate.of(2020, 6, 1), LocalDate.of(2020, 7, 1));
        assertTrue(family.history().isNewSecondRemoval(TODAY));

        family.removed(12, LocalDate.of(2022, 2, 1), LocalDate.of(2022, 3, 1));

        assertEquals(3, family.history().events(TODAY).size());
        assertFalse(family.history().isNewSecondRemoval(TODAY));
        assertTrue(family.history().isNewSecondRemoval(LocalDate.of(2022, 2, 28)), "before the third it was");
    }

    @Test
    void aSecondEventOfOlderSiblingsIsNotANewSecondRemoval() {
        FamilyHistory h = woman(1)
                .removed(10, LocalDate.of(2016, 1, 1), LocalDate.of(2019, 1, 10))
                .removed(11, LocalDate.of(2017, 6, 1), LocalDate.of(2020, 7, 1)).history();

        assertEquals(2, h.events(TODAY).size());
        assertFalse(h.isNewSecondRemoval(TODAY));
    }

    @Test
    void theTwoYearWindowIncludesItsFirstDayAndNotTheDayBefore() {
        LocalDate edge = TODAY.minusYears(2);
        FamilyHistory onEdge = woman(1)
                .removed(10, LocalDate.of(2018, 1, 1), edge)
                .removed(11, LocalDate.of(2023, 1, 1), TODAY.minusMonths(3)).history();
        FamilyHistory dayBefore = woman(2)
                .removed(20, LocalDate.of(2018, 1, 1), edge.minusDays(1))
                .removed(21, LocalDate.of(2023, 1, 1), TODAY.minusMonths(3)).history();

        assertEquals(2, onEdge.permanentRemovalsInWindow(TODAY).size());
        assertTrue(onEdge.meetsCityRule(TODAY));
        assertEquals(1, dayBefore.permanentRemovalsInWindow(TODAY).size());
        assertFalse(dayBefore.meetsCityRule(TODAY));
    }

    @Test
    void theWindowEndsOnTheDayAndIgnoresLaterOrders() {
        FamilyHistory h = woman(1)
                .removed(10, LocalDate.of(2019, 1, 1), TODAY)
                .removed(11, LocalDate.of(2020, 1, 1), TODAY.minusYears(1))
                .removed(12, LocalDate.of(2021, 1, 1), TODAY.plusDays(1)).history();

        assertEquals(2, h.permanentRemovalsInWindow(TODAY).size());
    }

    @Test
    void priorityFavoursYoungerWomenWithANewSecondRemoval() {
        Family young = new Family(1, TODAY.minusYears(30))
                .removed(10, LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 10))
                .removed(11, LocalDate.of(2020, 6, 1), LocalDate.of(2020, 7, 1));
        Family older = new Family(2, TODAY.minusYears(31))
                .removed(20, LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 10))
                .removed(21, LocalDate.of(2020, 6, 1), LocalDate.of(2020, 7, 1));
        Family teenager = new Family(3, TODAY.minusYears(18).plusDays(1))
                .removed(30, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 1))
                .removed(31, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 20));
        Family youngSiblings = new Family(4, TODAY.minusYears(25))
                .removed(40, LocalDate.of(2018, 1, 1), LocalDate.of(2022, 1, 1))
                .removed(41, LocalDate.of(2019, 1, 1), LocalDate.of(2022, 1, 1));

        assertEquals(Priority.HIGH, young.history().priority(TODAY));
        assertEquals(Priority.RAISED, older.history().priority(TODAY));
        assertEquals(Priority.RAISED, teenager.history().priority(TODAY), "17 is not in the 18-30 band, a new second removal still raises");
        assertEquals(Priority.RAISED, youngSiblings.history().priority(TODAY));
        assertEquals(Priority.STANDARD, new Family(5, TODAY.minusYears(40))
                .removed(50, LocalDate.of(2018, 1, 1), LocalDate.of(2022, 1, 1))
                .removed(51, LocalDate.of(2019, 1, 1), LocalDate.of(2022, 1, 1)).history().priority(TODAY));
    }

    @Test
    void theCohortHoldsWomenWithTwoOrMoreChildrenRemovedHighestPriorityFirstWithTheirReasons() {
        FamilyHistory one = woman(1).removed(10, LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 10)).history();
        FamilyHistory standard = new Family(2, TODAY.minusYears(40))
                .removed(20, LocalDate.of(2018, 1, 1), LocalDate.of(2025, 1, 1))
                .removed(21, LocalDate.of(2019, 1, 1), LocalDate.of(2025, 1, 1)).history();
        FamilyHistory high = new Family(3, TODAY.minusYears(24))
                .removed(30, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 10))
                .child(31, LocalDate.of(2021, 6, 1))
                .order(31, OrderKind.PLACEMENT_ORDER, LocalDate.of(2021, 9, 1))
                .order(31, OrderKind.ADOPTION_CONSENT_DISPENSED, LocalDate.of(2022, 9, 1)).history();

        List<CohortEntry> cohort = Cohort.on(List.of(one, standard, high), TODAY);

        assertEquals(List.of(3L, 2L), cohort.stream().map(CohortEntry::motherId).toList());
        CohortEntry first = cohort.get(0);
        assertEquals(Priority.HIGH, first.priority());
        assertEquals(24, first.age());
        assertEquals(2, first.events().size());
        assertEquals(List.of(31L), first.laterBorn().stream().map(ChildRemoval::childId).toList());
        assertEquals(2, first.events().get(1).children().get(0).orders().size());
        assertEquals(2, cohort.get(1).removedChildren());
        assertEquals(1, cohort.get(1).events().size());
    }

    @Test
    void theFunnelNarrowsAsTheCityScopingDid() {
        LocalDate from = LocalDate.of(2020, 1, 1);
        LocalDate to = LocalDate.of(2023, 12, 31);
        FamilyHistory oneRemoval = woman(1).removed(10, LocalDate.of(2019, 1, 1), LocalDate.of(2021, 1, 1)).history();
        FamilyHistory siblings = woman(2)
                .removed(20, LocalDate.of(2017, 1, 1), LocalDate.of(2021, 1, 1))
                .removed(21, LocalDate.of(2018, 1, 1), LocalDate.of(2021, 1, 1)).history();
        FamilyHistory newSecondWithBirth = woman(3)
                .removed(30, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 2, 1))
                .removed(31, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 1))
                .child(32, LocalDate.of(2022, 3, 1)).history();
        FamilyHistory third = woman(4)
                .removed(40, LocalDate.of(2016, 1, 1), LocalDate.of(2017, 1, 1))
                .removed(41, LocalDate.of(2018, 6, 1), LocalDate.of(2018, 7, 1))
                .removed(42, LocalDate.of(2020, 6, 1), LocalDate.of(2020, 7, 1)).history();
        FamilyHistory outside = woman(5).removed(50, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 1, 1)).history();

        Funnel funnel = Funnel.over(List.of(oneRemoval, siblings, newSecondWithBirth, third, outside), from, to);

        assertEquals(List.of(1L, 2L, 3L, 4L), funnel.withRemoval());
        assertEquals(List.of(2L, 3L), funnel.withTwoOrMore());
        assertEquals(List.of(3L, 4L), funnel.withLaterBornRemoved());
        assertEquals(List.of(3L), funnel.newSecondRemovals());
        assertEquals(List.of(3L), funnel.birthWithinYear());
    }
}
