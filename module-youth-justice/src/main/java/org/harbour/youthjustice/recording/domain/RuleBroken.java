package org.harbour.youthjustice.recording.domain;

/** A rule a record breaks, naming the field it is about, so a form or a problem document can point at it. */
public interface RuleBroken {

    String field();

    String message();
}
