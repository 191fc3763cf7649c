package org.harbour.core.audit.domain;

import org.harbour.core.audit.domain.AuditEvent.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AuditHashTest {

    private static final String PREVIOUS = "a".repeat(64);
    private static final Instant WHEN = Instant.parse("2026-03-01T10:15:02.123Z");
    private static final ChainKey KEY = ChainKey.decode("k".repeat(43) + "=");
    private static final String[] FIELDS = {PREVIOUS, null, "priya.shah", "PERSON_VIEW", "person", "42", "SUCCESS",
            "10.0.0.7", "Opened from the caseload"};

    @Test
    void changingAnyOneFieldChangesTheHash() {
        String original = hash(FIELDS, WHEN);
        for (int i = 0; i < FIELDS.length; i++) {
            if (i == 1) {
                continue;
            }
            String[] changed = FIELDS.clone();
            changed[i] = FIELDS[i] + "x";
            assertThat(hash(changed, WHEN)).as("field %d", i).isNotEqualTo(original);
        }
        assertThat(hash(FIELDS, WHEN.plusMillis(1))).as("time").isNotEqualTo(original);
    }

    @Test
    void nullIsNotEmptyAndTextCannotMoveBetweenFields() {
        Set<String> hashes = new HashSet<>();
        List<String[]> variants = new ArrayList<>();
        variants.add(new String[]{PREVIOUS, null, "ann", "VIEW", "person", "1", "SUCCESS", null, null});
        variants.add(new String[]{PREVIOUS, null, "ann", "VIEW", "person", "1", "SUCCESS", "", null});
        variants.add(new String[]{PREVIOUS, null, "ann", "VIEW", "person", "1", "SUCCESS", null, ""});
        variants.add(new String[]{PREVIOUS, null, "annV", "IEW", "person", "1", "SUCCESS", null, null});
        variants.add(new String[]{PREVIOUS, null, "ann\u001fVIEW", "", "person", "1", "SUCCESS", null, null});
        variants.add(new String[]{PREVIOUS, null, "ann", "VIEW", "person1", "", "SUCCESS", null, null});
        for (String[] v : variants) {
            hashes.add(hash(v, WHEN));
        }
        assertThat(hashes).hasSize(variants.size());
    }

    @Test
    void anUnkeyedEntryHashesItsOwnFieldsAndLinksToThePreviousHash() {
        AuditEntry entry = AuditEntry.unkeyed(event(), WHEN, PREVIOUS);
        assertThat(entry.getEntryHash()).isEqualTo(hash(FIELDS, WHEN)).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(entry.getPreviousHash()).isEqualTo(PREVIOUS);
        assertThat(entry.getHashScheme()).isEqualTo(HashScheme.SHA256);
        assertThat(AuditHash.matches(entry, KEY)).isTrue();
    }

    @Test
    void aKeyedEntryCarriesAnHmacThatOnlyTheKeyReproduces() {
        AuditEntry entry = new AuditEntry(event(), WHEN, PREVIOUS, KEY);
        assertThat(entry.getHashScheme()).isEqualTo(HashScheme.HMAC_SHA256);
        assertThat(entry.getEntryHash()).hasSize(64).matches("[0-9a-f]{64}")
                .isNotEqualTo(hash(FIELDS, WHEN)).isEqualTo(AuditHash.keyed(entry, KEY));
        assertThat(AuditHash.matches(entry, KEY)).isTrue();
        assertThat(AuditHash.matches(entry, ChainKey.decode(ChainKey.generate()))).as("another key").isFalse();
        assertThat(new AuditEntry(event(), WHEN, PREVIOUS, KEY).getEntryHash()).as("deterministic")
                .isEqualTo(entry.getEntryHash());
        assertThat(new AuditEntry(event(), WHEN.plusMillis(1), PREVIOUS, KEY).getEntryHash())
                .isNotEqualTo(entry.getEntryHash());
    }

    private static AuditEvent event() {
        return new AuditEvent("priya.shah", "PERSON_VIEW", "person", "42", Outcome.SUCCESS, "10.0.0.7",
                "Opened from the caseload");
    }

    @Test
    void overLongValuesAreCutToTheirColumns() {
        AuditEvent event = new AuditEvent("u".repeat(200), "A".repeat(100), "t".repeat(100), "9".repeat(100),
                Outcome.DENIED, "1".repeat(500), "d".repeat(5000));
        assertThat(event.actor()).hasSize(80);
        assertThat(event.action()).hasSize(60);
        assertThat(event.recordType()).hasSize(60);
        assertThat(event.recordId()).hasSize(80);
        assertThat(event.sourceAddress()).hasSize(64);
        assertThat(event.detail()).hasSize(1000).endsWith("...");
    }

    private static String hash(String[] f, Instant when) {
        return AuditHash.unkeyed(f[0], when, f[2], f[3], f[4], f[5], f[6], f[7], f[8]);
    }

    @Test
    void fieldListCoversEveryColumnOfTheEntry() {
        // previous hash, time, actor, action, record type, record id, outcome, address, detail. The scheme
        // is left out: an entry claiming the other scheme fails either its hash or the rule of its place.
        assertThat(Arrays.stream(AuditEntry.class.getDeclaredFields())
                .filter(f -> !java.lang.reflect.Modifier.isStatic(f.getModifiers()))
                .map(java.lang.reflect.Field::getName)
                .filter(n -> !n.equals("id") && !n.equals("entryHash") && !n.equals("hashScheme")))
                .containsExactlyInAnyOrder("occurredAt", "actor", "action", "recordType", "recordId", "outcome",
                        "sourceAddress", "detail", "previousHash");
    }
}
