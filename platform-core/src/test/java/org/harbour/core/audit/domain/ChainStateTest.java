package org.harbour.core.audit.domain;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ChainStateTest {

    private static final ChainKey KEY = ChainKey.decode("ab".repeat(32));

    @Test
    void aRecordedResultIsSignedAndAnyChangeInTheDatabaseShows() throws Exception {
        ChainState state = new ChainState(ChainState.ID);
        assertThat(state.isSignedBy(KEY)).as("never written").isFalse();
        state.record(Instant.parse("2026-03-01T10:00:00Z"), "FULL", "admin", false, 42L,
                "entry 42 was altered after it was written", 41, KEY);
        assertThat(state.isSignedBy(KEY)).isTrue();
        assertThat(state.isSignedBy(ChainKey.decode("cd".repeat(32)))).isFalse();

        set(state, "intact", Boolean.TRUE);
        assertThat(state.isSignedBy(KEY)).as("broken turned into intact").isFalse();
        set(state, "intact", Boolean.FALSE);
        set(state, "brokenEntryId", 43L);
        assertThat(state.isSignedBy(KEY)).isFalse();
        set(state, "brokenEntryId", 42L);
        assertThat(state.isSignedBy(KEY)).isTrue();
        set(state, "checkedBy", "admi");
        set(state, "scope", "nFULL");
        assertThat(state.isSignedBy(KEY)).as("text moved between fields").isFalse();
    }

    private static void set(ChainState state, String field, Object value) throws Exception {
        Field f = ChainState.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(state, value);
    }
}
