package org.harbour.core.web;

import org.junit.jupiter.api.Test;

import java.util.concurrent.locks.ReentrantLock;

import static org.assertj.core.api.Assertions.assertThat;

class PageTurnsTest {

    private final PageTurns turns = new PageTurns();

    @Test
    void theRequestsOfOneSessionShareATurnAndOtherSessionsDoNot() {
        ReentrantLock priya = turns.of("session-a");
        assertThat(turns.of("session-a")).isSameAs(priya);
        assertThat(turns.of("session-b")).isNotSameAs(priya);
        assertThat(priya.isFair()).as("pages served in the order asked for").isTrue();
    }

    @Test
    void aSessionRenamedAtSignInKeepsItsTurn() {
        ReentrantLock before = turns.of("before-sign-in");
        before.lock();
        try {
            turns.renamed("before-sign-in", "after-sign-in");
            assertThat(turns.of("after-sign-in")).as("a page still running keeps the others waiting").isSameAs(before);
        } finally {
            before.unlock();
        }
    }

    @Test
    void anEndedSessionLeavesNothingBehind() {
        ReentrantLock first = turns.of("ended");
        turns.ended("ended");
        assertThat(turns.of("ended")).isNotSameAs(first);
    }

    @Test
    void stylesheetsAndScriptsAreNotPagesAndDoNotWait() {
        assertThat(OnePageAtATime.isPage("/case/child.xhtml")).isTrue();
        assertThat(OnePageAtATime.isPage("/index.xhtml")).isTrue();
        assertThat(OnePageAtATime.isPage("/jakarta.faces.resource/harbour.css.xhtml")).isFalse();
    }
}
