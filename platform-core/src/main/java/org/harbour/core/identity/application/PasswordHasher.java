package org.harbour.core.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * Hashes and verifies staff passwords with PBKDF2. Jakarta Security's default is 2,048
 * iterations of SHA-256; OWASP's current advice for PBKDF2-HMAC-SHA512 is 210,000.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    private Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "harbour.security.pbkdf2.iterations", defaultValue = "210000")
    private int iterations;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    /** The stored hash carries its own algorithm, iterations and salt, so older hashes still verify. */
    public boolean matches(char[] password, String storedHash) {
        return storedHash != null && hash.verify(password, storedHash);
    }
}
