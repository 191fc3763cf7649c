package org.harbour.youthjustice.measures.application;

import jakarta.enterprise.context.ApplicationScoped;

/** Remands to youth detention accommodation. */
@ApplicationScoped
public class YouthDetentionRemandsIndicator extends RemandsIndicator {

    public YouthDetentionRemandsIndicator() {
        super("YOUTH_DETENTION", "remands-youth-detention", "youth detention accommodation");
    }
}
