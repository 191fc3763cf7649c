package org.harbour.core.identity;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The work factor a portal hashes staff passwords with unless an administrator configures another. */
class PasswordHashingDefaultsTest {

    @Test
    void shippedWorkFactorIsOwaspsAdviceForPbkdf2WithSha512() throws IOException {
        Properties shipped = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            assertNotNull(in, "core's microprofile-config.properties");
            shipped.load(in);
        }
        assertEquals("210000", shipped.getProperty("harbour.security.pbkdf2.iterations"));
    }
}
