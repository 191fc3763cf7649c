package org.harbour.youthjustice;

import org.harbour.testing.ModuleBoundaryTest;

/** The module keeps the platform's boundary: core only through its SPI, features without cycles, pages and REST through services. */
class YouthJusticeBoundaryTest extends ModuleBoundaryTest {

    @Override
    protected String basePackage() {
        return "org.harbour.youthjustice";
    }
}
