package org.harbour.core.audit.application;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    @Test
    void withNoTrustedProxyTheHeaderIsIgnored() {
        ClientAddress none = new ClientAddress("");
        assertThat(none.resolve("203.0.113.9", "10.9.9.9")).isEqualTo("203.0.113.9");
        assertThat(new ClientAddress(null).resolve("203.0.113.9", "10.9.9.9")).isEqualTo("203.0.113.9");
    }

    @Test
    void anUntrustedPeerCannotNameItsOwnAddress() {
        ClientAddress lb = new ClientAddress("10.0.0.2, 10.0.0.3");
        assertThat(lb.resolve("203.0.113.9", "1.2.3.4")).isEqualTo("203.0.113.9");
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedHopIsTheClient() {
        ClientAddress lb = new ClientAddress("10.0.0.2,10.0.0.3");
        assertThat(lb.resolve("10.0.0.2", "198.51.100.4")).isEqualTo("198.51.100.4");
        // The client forged a first hop; the proxies appended the real one.
        assertThat(lb.resolve("10.0.0.2", "6.6.6.6, 198.51.100.4, 10.0.0.3")).isEqualTo("198.51.100.4");
        assertThat(lb.resolve("10.0.0.2", "  ")).isEqualTo("10.0.0.2");
        assertThat(lb.resolve("10.0.0.2", null)).isEqualTo("10.0.0.2");
        assertThat(lb.resolve("10.0.0.2", "10.0.0.3")).isEqualTo("10.0.0.3");
    }
}
