package org.harbour.core.person.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReachDecisionsTest {

    @Test
    void aGrantHoldsForThatUserAndThatChildOnly() {
        ReachDecisions decisions = new ReachDecisions();
        decisions.grant("priya.shah", 12);

        assertTrue(decisions.granted("priya.shah", 12));
        assertFalse(decisions.granted("priya.shah", 13), "another child is decided afresh");
        assertFalse(decisions.granted("tom.okafor", 12), "another user is decided afresh");
    }

    @Test
    void aChangeInTheRequestForgetsEveryGrant() {
        ReachDecisions decisions = new ReachDecisions();
        decisions.grant("priya.shah", 12);
        decisions.grant("priya.shah", 14);

        decisions.forget();

        assertFalse(decisions.granted("priya.shah", 12));
        assertFalse(decisions.granted("priya.shah", 14));
    }
}
