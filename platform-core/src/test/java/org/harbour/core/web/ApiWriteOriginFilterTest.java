package org.harbour.core.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiWriteOriginFilterTest {

    @Test
    void theSiteTheRequestWasAddressedToIsTheSameOrigin() {
        assertThat(ApiWriteOriginFilter.sameOrigin("http://localhost:8080", "http", "localhost:8080")).isTrue();
        assertThat(ApiWriteOriginFilter.sameOrigin("HTTPS://Harbour.Example.gov.uk", "https", "harbour.example.gov.uk")).isTrue();
        // Default ports, written or not.
        assertThat(ApiWriteOriginFilter.sameOrigin("https://harbour.example", "https", "harbour.example:443")).isTrue();
        assertThat(ApiWriteOriginFilter.sameOrigin("http://[::1]:8080", "http", "[::1]:8080")).isTrue();
    }

    @Test
    void anotherSchemeHostOrPortIsAnotherSite() {
        assertThat(ApiWriteOriginFilter.sameOrigin("https://evil.example", "https", "harbour.example")).isFalse();
        assertThat(ApiWriteOriginFilter.sameOrigin("http://harbour.example", "https", "harbour.example")).isFalse();
        assertThat(ApiWriteOriginFilter.sameOrigin("http://localhost:8081", "http", "localhost:8080")).isFalse();
        assertThat(ApiWriteOriginFilter.sameOrigin("https://harbour.example.evil.example", "https", "harbour.example")).isFalse();
    }

    @Test
    void anOriginThatIsNotOneIsRefused() {
        // Browsers send "null" from sandboxed frames, data: pages and some redirects.
        assertThat(ApiWriteOriginFilter.sameOrigin("null", "http", "localhost:8080")).isFalse();
        assertThat(ApiWriteOriginFilter.sameOrigin("", "http", "localhost:8080")).isFalse();
        assertThat(ApiWriteOriginFilter.sameOrigin("http://localhost:8080/path", "http", "localhost:8080")).isFalse();
        assertThat(ApiWriteOriginFilter.sameOrigin("http://user@localhost:8080", "http", "localhost:8080")).isFalse();
        assertThat(ApiWriteOriginFilter.sameOrigin("http://local host", "http", "localhost:8080")).isFalse();
    }
}
