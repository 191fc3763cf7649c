package org.harbour.send.learner.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DfE's check letter of the UPN and the check digit of the ULN, worked by hand. */
class LearnerNumbersTest {

    @Test
    void theUpnCheckLetterIsTheWeightedSumModulo23() {
        // 9x2 + 9x3 + 9x4 + 2x5 + 0 + 0 + 0 + 1x9 + 5x10 + 0 + 0 + 1x13 = 163; 163 = 7 x 23 + 2; letter 2 is C.
        assertEquals('C', LearnerNumbers.upnCheckLetter("999200015001"));
        assertTrue(LearnerNumbers.isValidUpn("C999200015001"));
        assertTrue(LearnerNumbers.isValidUpn("c9992 0001 5001"), "spaces and lower case are forgiven");
        assertFalse(LearnerNumbers.isValidUpn("D999200015001"));
        assertFalse(LearnerNumbers.isValidUpn("C99920001500"), "12 characters");
        assertFalse(LearnerNumbers.isValidUpn(null));
    }

    @Test
    void aTemporaryUpnsLastLetterCountsAsItsPlaceInTheAlphabet() {
        // 163 - 1x13 + 3x13 (D is letter 3) = 189; 189 = 8 x 23 + 5; letter 5 is F.
        assertEquals('F', LearnerNumbers.upnCheckLetter("99920001500D"));
        assertTrue(LearnerNumbers.isValidUpn("F99920001500D"));
        assertFalse(LearnerNumbers.isValidUpn("F99920001500O"), "O is not in the check alphabet");
    }

    @Test
    void aUpnIsMadeFromItsParts() {
        assertEquals("C999200015001", LearnerNumbers.upn(999, 2000, 2015, 1));
        assertThrows(IllegalArgumentException.class, () -> LearnerNumbers.upn(1000, 2000, 15, 1));
    }

    @Test
    void aUlnsDigitsWeighted10To1LeaveTenModulo11() {
        // 9x10 + 2x9 + 7x8 + 6x7 + 3x6 + 0x5 + 8x4 + 6x3 + 8x2 + 6x1 = 296; 296 = 26 x 11 + 10.
        assertTrue(LearnerNumbers.isValidUln("9276308686"));
        assertFalse(LearnerNumbers.isValidUln("9276308687"));
        assertFalse(LearnerNumbers.isValidUln("927630868"), "nine digits");
        assertEquals(6, LearnerNumbers.ulnCheckDigit("927630868"));
    }

    @Test
    void aLearnerRecordKeepsAValidUlnAndRefusesAReasonBesideAUpn() {
        SendLearner learner = new SendLearner(7L, "grace.lee", Instant.EPOCH);
        learner.record("9276 308686", UpnUnknownReason.UN2, false);
        assertEquals("9276308686", learner.getUln());
        assertEquals(UpnUnknownReason.UN2, learner.getUpnUnknown());
        assertThrows(IllegalArgumentException.class, () -> learner.record("9276308687", null, false));
        assertThrows(IllegalStateException.class, () -> learner.record(null, UpnUnknownReason.UN6, true));
        assertEquals("9276308686", learner.getUln(), "a refused change leaves the record as it was");
        learner.record(null, null, true);
        assertNull(learner.getUln());
        assertNull(UpnUnknownReason.ofCode("UN8"));
    }
}
