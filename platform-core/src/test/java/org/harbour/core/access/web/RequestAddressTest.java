package org.harbour.core.access.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class RequestAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "//admin/users.xhtml", "/harbour//admin/users.xhtml", "/./admin/users.xhtml", "/x/../admin/users.xhtml",
            "/admin/.", "/admin/..", "/%61dmin/users.xhtml", "/admin%2fusers.xhtml", "/admin%2Fusers.xhtml",
            "/%2e/admin/users.xhtml", "/%2E%2E/admin", "/jakarta.faces.resource/../admin/users.xhtml",
            "/api/continuing-care;x/referrals", "/admin;jsessionid=1/users.xhtml", "/admin\\users.xhtml",
            "/admin%5cusers.xhtml", "/admin%25252fusers.xhtml", "/admin%00.xhtml", "/admin%0a.xhtml", "/admin%2",
            "/admin%zz", "/%7eadmin", "admin/users.xhtml", ""})
    void addressesThatDisguiseAPathAreRefused(String raw) {
        assertNotNull(RequestAddress.abnormality(raw), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/", "/admin/users.xhtml", "/harbour/case/child.xhtml", "/api/persons/12/relationships",
            "/jakarta.faces.resource/theme.css.xhtml", "/people/caf%C3%A9.xhtml", "/docs/a%20b.pdf",
            "/continuing-care/", "/api/continuing-care/referrals/3"})
    void ordinaryAddressesPass(String raw) {
        assertNull(RequestAddress.abnormality(raw), raw);
    }
}
