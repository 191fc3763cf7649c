package org.harbour.continuingcare.panel.domain;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A decision needs a quorum of the panel's decision-makers present; other members do not count. */
class QuorumTest {

    private static final Instant AT = Instant.parse("2026-03-03T10:00:00Z");

    private Panel panel;

    @BeforeEach
    void panelOfThreeDecisionMakersAndAPresenter() throws Exception {
        panel = new Panel("Funding panel", PanelFunction.FUNDING_DECISION, "Decides once.", 2, "raj.patel", AT);
        storedAs(1, panel.addMember("Dr Singh", "Chair", "ICB", true));
        storedAs(2, panel.addMember("Raj Patel", "Commissioner", "Social care", true));
        storedAs(3, panel.addMember("Fiona Reid", "Head of SEND", "Education", true));
        storedAs(4, panel.addMember("Helen Ward", "Presenter", "ICB", false));
    }

    private Meeting meetingWith(Long... present) {
        Meeting meeting = new Meeting(panel, LocalDate.of(2026, 3, 3), "raj.patel", AT);
        meeting.recordAttendance(Set.of(present));
        return meeting;
    }

    @Test
    void noOneRecordedAsPresentIsNotQuorateAndEveryDecisionMakerIsAbsent() {
        Meeting meeting = meetingWith();
        assertFalse(meeting.isQuorate());
        assertEquals(0, meeting.decisionMakersPresent());
        assertEquals(List.of("Dr Singh", "Raj Patel", "Fiona Reid"), names(meeting.absentDecisionMakers()));
    }

    @Test
    void oneDecisionMakerShortOfTheQuorumIsNotQuorate() {
        Meeting meeting = meetingWith(1L);
        assertFalse(meeting.isQuorate());
        assertEquals(List.of("Raj Patel", "Fiona Reid"), names(meeting.absentDecisionMakers()));
    }

    @Test
    void exactlyTheQuorumIsQuorate() {
        Meeting meeting = meetingWith(1L, 2L);
        assertTrue(meeting.isQuorate());
        assertEquals(2, meeting.decisionMakersPresent());
        assertEquals(List.of("Fiona Reid"), names(meeting.absentDecisionMakers()));
    }

    @Test
    void aMemberWhoMayNotDecideDoesNotMakeUpTheQuorum() {
        Meeting meeting = meetingWith(1L, 4L);
        assertFalse(meeting.isQuorate());
        assertEquals(1, meeting.decisionMakersPresent());
    }

    @Test
    void everyoneThereLeavesNoDecisionMakerAbsent() {
        Meeting meeting = meetingWith(1L, 2L, 3L, 4L);
        assertTrue(meeting.isQuorate());
        assertTrue(meeting.absentDecisionMakers().isEmpty());
    }

    @Test
    void aQuorumCanBeSetOnlyUpToTheNumberOfDecisionMakers() {
        assertEquals(3, panel.decisionMakerCount());
        assertTrue(Panel.isQuorumReachable(3, panel.decisionMakerCount()));
        assertFalse(Panel.isQuorumReachable(4, panel.decisionMakerCount()));
        assertTrue(Panel.isQuorumReachable(1, 1));
        assertFalse(Panel.isQuorumReachable(1, 0));
    }

    private static List<String> names(List<PanelMember> members) {
        return members.stream().map(PanelMember::getName).toList();
    }

    /** The database gives members their ids; here the test does, as attendance is recorded by id. */
    private static void storedAs(long id, PanelMember member) throws Exception {
        Field field = PanelMember.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(member, id);
    }
}
