package org.harbour.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo accounts' shared password, hashed once per start. Each PBKDF2 hash costs about a second of CPU at
 * the configured work factor, and the demo loaders create dozens of accounts; the accounts all share one
 * published password, so one salted hash serves them all.
 */
@ApplicationScoped
public class DemoPassword {

    @Inject
    private PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "harbour.demo-data.password", defaultValue = "Harbour-demo-2026")
    private String password;

    private volatile String hash;

    public String hash() {
        String known = hash;
        if (known == null) {
            synchronized (this) {
                if (hash == null) {
                    hash = hasher.hash(password.toCharArray());
                }
                known = hash;
            }
        }
        return known;
    }
}
