package org.harbour.core.identity;

import org.harbour.core.identity.domain.PasswordPolicy;
import org.harbour.core.identity.domain.SignInRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void aLongPasswordWithoutTheUsernameIsAccepted() {
        assertThat(PasswordPolicy.problems("priya.shah", "harbour lights at dusk", "Harbour-demo-2026")).isEmpty();
    }

    @Test
    void eachBrokenRuleIsNamed() {
        assertThat(PasswordPolicy.problems("priya.shah", "short", null))
                .containsExactly("Use at least 12 characters (this one has 5).");
        assertThat(PasswordPolicy.problems("priya.shah", "my-PRIYA.SHAH-password", null))
                .containsExactly("Do not include your username in the password.");
        assertThat(PasswordPolicy.problems("priya.shah", "Harbour-demo-2026", "Harbour-demo-2026"))
                .containsExactly("Choose a password different from your current one.");
        assertThat(PasswordPolicy.problems("priya.shah", "", null)).containsExactly("Enter a new password.");
    }

    @Test
    void theFailureThatReachesTheLimitLocksAndSuccessClearsTheCount() {
        SignInRecord record = new SignInRecord("someone");
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        for (int i = 1; i < 5; i++) {
            assertThat(record.fail(now, 5, Duration.ofMinutes(15))).isFalse();
        }
        assertThat(record.isLockedAt(now)).isFalse();
        assertThat(record.fail(now, 5, Duration.ofMinutes(15))).isTrue();
        assertThat(record.isLockedAt(now.plusSeconds(14 * 60))).isTrue();
        assertThat(record.isLockedAt(now.plusSeconds(15 * 60))).isFalse();

        record.fail(now, 5, Duration.ofMinutes(15));
        record.succeed(now);
        assertThat(record.getFailedAttempts()).isZero();
        assertThat(record.getLastSuccessAt()).isEqualTo(now);
    }
}
