package org.harbour.youthjustice.measures.application;

/** What the module's measures share: the module id their indicator ids begin with. */
final class Measures {

    static final String MODULE = "youth-justice";

    private Measures() {
    }
}
