package org.harbour.core.audit.application;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a request came from. {@code X-Forwarded-For} is believed only when the direct peer is
 * one of the configured trusted proxies: anyone else can write whatever they like in it. Each
 * trusted proxy appends the address it saw, so the client is the right-most address that is not
 * itself a trusted proxy.
 */
public final class ClientAddress {

    private final Set<String> trustedProxies;

    /** @param trustedProxies comma-separated addresses of the load balancers in front; blank for none */
    public ClientAddress(String trustedProxies) {
        this.trustedProxies = trustedProxies == null ? Set.of() : Arrays.stream(trustedProxies.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public String resolve(String peerAddress, String forwardedFor) {
        if (peerAddress == null || !trustedProxies.contains(peerAddress)
                || forwardedFor == null || forwardedFor.isBlank()) {
            return peerAddress;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return hops.isEmpty() ? peerAddress : hops.get(0);
    }
}
