package org.harbour.core.access.application;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class KeptAccessTest {

    private final KeptAccess kept = new KeptAccess();
    private final AtomicInteger workedOut = new AtomicInteger();

    private KeptAccess.Access access(long stamp, String permission) {
        workedOut.incrementAndGet();
        return new KeptAccess.Access(stamp, Set.of(permission), Set.of(1L), Set.of("performance"));
    }

    @Test
    void anAnswerIsKeptWhileTheStampStandsStill() {
        KeptAccess.Access first = kept.of("priya.shah", 7, () -> access(7, "core:records"));
        KeptAccess.Access again = kept.of("priya.shah", 7, () -> access(7, "core:other"));
        assertSame(first, again);
        assertEquals(1, workedOut.get());
    }

    @Test
    void aMovedStampWorksTheAnswerOutAgain() {
        kept.of("priya.shah", 7, () -> access(7, "core:records"));
        KeptAccess.Access after = kept.of("priya.shah", 8, () -> access(8, "core:administer"));
        assertEquals(Set.of("core:administer"), after.granted());
        assertEquals(2, workedOut.get());
        assertSame(after, kept.of("priya.shah", 8, () -> access(8, "core:never")));
    }

    @Test
    void eachMemberOfStaffHasTheirOwnAnswer() {
        kept.of("priya.shah", 3, () -> access(3, "core:records"));
        KeptAccess.Access tom = kept.of("tom.okafor", 3, () -> access(3, "core:allocate"));
        assertEquals(Set.of("core:allocate"), tom.granted());
        assertEquals(2, kept.size());
    }

    @Test
    void aRequestThatReadTheStampBeforeAChangeNeverReplacesTheNewerAnswer() {
        KeptAccess.Access newer = kept.of("priya.shah", 9, () -> access(9, "core:records"));
        KeptAccess.Access older = kept.of("priya.shah", 8, () -> access(8, "core:administer"));
        assertEquals(Set.of("core:administer"), older.granted(), "the late request answers from what it read");
        assertSame(newer, kept.of("priya.shah", 9, () -> access(9, "core:never")), "the newer answer stays kept");
    }
}
