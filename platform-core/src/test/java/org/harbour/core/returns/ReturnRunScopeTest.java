package org.harbour.core.returns;

import org.harbour.core.returns.application.ReturnRunScope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A return's history is open to that return only, while it is being produced. */
class ReturnRunScopeTest {

    @Test
    void onlyTheReturnBeingProducedIsInScopeAndOnlyDuringItsRun() {
        assertThat(ReturnRunScope.isRunning("ssda903")).isFalse();
        boolean inside = ReturnRunScope.during("ssda903", () -> ReturnRunScope.isRunning("ssda903"));
        boolean other = ReturnRunScope.during("ssda903", () -> ReturnRunScope.isRunning("sen2"));
        assertThat(inside).isTrue();
        assertThat(other).as("another module's return stays closed during this one's run").isFalse();
        assertThat(ReturnRunScope.isRunning("ssda903")).as("closed again once the run ends").isFalse();
    }

    @Test
    void aRunThatFailsClosesItsScopeAndANestedRunRestoresTheOuterOne() {
        try {
            ReturnRunScope.during("cin-census", () -> {
                throw new IllegalStateException("the return failed");
            });
        } catch (IllegalStateException expected) {
            // The scope must not outlive the failed run.
        }
        assertThat(ReturnRunScope.isRunning("cin-census")).isFalse();
        boolean outerAfterInner = ReturnRunScope.during("ssda903", () -> {
            ReturnRunScope.during("sen2", () -> null);
            return ReturnRunScope.isRunning("ssda903");
        });
        assertThat(outerAfterInner).isTrue();
        assertThat(ReturnRunScope.isRunning(null)).isFalse();
    }
}
