package org.harbour.pause;

import org.harbour.testing.ModuleBoundaryTest;

/** The module keeps the platform's boundary: core only through its SPI, features without cycles, pages and REST through services. */
class PauseBoundaryTest extends ModuleBoundaryTest {

    @Override
    protected String basePackage() {
        return "org.harbour.pause";
    }
}
