package org.harbour.core.audit.application;

import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.audit.domain.AuditEvent;
import org.harbour.core.audit.domain.AuditEvent.Outcome;
import org.harbour.core.audit.domain.AuditHash;
import org.harbour.core.audit.domain.ChainKey;
import org.harbour.core.audit.domain.HashScheme;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keyed chain's rules, on chains built in memory as the audit trail writes them and as an
 * attacker with write access to the database (but not the key) would rewrite them.
 */
class ChainRulesTest {

    private static final ChainKey KEY = ChainKey.decode("ab".repeat(32));
    private static final ChainKey WRONG_KEY = ChainKey.decode("cd".repeat(32));
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aKeyedChainFromItsAnchorFits() {
        List<AuditEntry> chain = new ArrayList<>();
        anchor(chain);
        keyed(chain, 5);
        assertThat(firstBreak(chain)).isNull();
    }

    @Test
    void anOlderUnkeyedChainStillFitsUpToTheAnchorSealedOverItsLastHash() {
        List<AuditEntry> chain = new ArrayList<>();
        unkeyed(chain, 4);
        anchor(chain);
        keyed(chain, 3);
        assertThat(firstBreak(chain)).isNull();
        assertThat(chain.get(4).getPreviousHash()).isEqualTo(chain.get(3).getEntryHash());
    }

    @Test
    void deletingARowAndRecomputingLaterHashesWithoutTheKeyBreaksAtTheNextEntry() {
        for (String rule : List.of("unkeyed, scheme kept", "unkeyed, scheme lowered", "wrong key")) {
            List<AuditEntry> chain = new ArrayList<>();
            unkeyed(chain, 2);
            anchor(chain);
            keyed(chain, 6);
            long deleted = chain.get(5).getId();
            long next = chain.get(6).getId();
            chain.remove(5);
            // Relink every later entry and recompute its hash as an attacker can.
            for (int i = 5; i < chain.size(); i++) {
                AuditEntry e = chain.get(i);
                set(e, "previousHash", chain.get(i - 1).getEntryHash());
                switch (rule) {
                    case "unkeyed, scheme kept" -> set(e, "entryHash", AuditHash.unkeyed(e));
                    case "unkeyed, scheme lowered" -> {
                        set(e, "hashScheme", HashScheme.SHA256);
                        set(e, "entryHash", AuditHash.unkeyed(e));
                    }
                    default -> set(e, "entryHash", AuditHash.keyed(e, WRONG_KEY));
                }
            }
            String broken = firstBreak(chain);
            assertThat(broken).as(rule).startsWith("entry " + next + " ").doesNotContain("entry " + deleted + " ");
            assertThat(broken).as(rule).contains(rule.equals("unkeyed, scheme lowered")
                    ? "claims the unkeyed rule after the chain was keyed" : "without this deployment's audit key");
        }
    }

    @Test
    void aRewrittenUnkeyedEntryBreaksTheAnchorThatSealsIt() {
        List<AuditEntry> chain = new ArrayList<>();
        unkeyed(chain, 3);
        anchor(chain);
        keyed(chain, 2);
        AuditEntry second = chain.get(1);
        set(second, "detail", "rewritten");
        set(second, "entryHash", AuditHash.unkeyed(second));
        set(chain.get(2), "previousHash", second.getEntryHash());
        set(chain.get(2), "entryHash", AuditHash.unkeyed(chain.get(2)));
        assertThat(firstBreak(chain)).startsWith("entry " + chain.get(3).getId() + " does not link");
    }

    @Test
    void keyedEntriesWithoutTheirAnchorAndUnknownSchemesBreak() {
        List<AuditEntry> chain = new ArrayList<>();
        anchor(chain);
        keyed(chain, 3);
        chain.remove(0);
        set(chain.get(0), "previousHash", AuditHash.GENESIS);
        assertThat(firstBreak(chain)).contains("anchor that starts the keyed chain is missing");

        List<AuditEntry> other = new ArrayList<>();
        anchor(other);
        keyed(other, 2);
        set(other.get(2), "hashScheme", null);
        assertThat(firstBreak(other)).startsWith("entry " + other.get(2).getId()).contains("hash scheme");
    }

    @Test
    void onlyTheSystemsAnchorActionUnderTheKeyIsAnAnchor() {
        List<AuditEntry> chain = new ArrayList<>();
        anchor(chain);
        assertThat(ChainRules.isValidAnchor(chain.get(0), KEY)).isTrue();
        assertThat(ChainRules.isValidAnchor(chain.get(0), WRONG_KEY)).isFalse();
        AuditEntry forged = new AuditEntry(new AuditEvent("admin", ChainRules.ANCHOR_ACTION, null, null,
                Outcome.SUCCESS, null, null), T0, AuditHash.GENESIS, KEY);
        assertThat(ChainRules.isAnchor(forged)).isFalse();
    }

    /** The walk of AuditChain: the first break's description, or null. */
    private static String firstBreak(List<AuditEntry> chain) {
        String previous = AuditHash.GENESIS;
        boolean keyed = false;
        for (AuditEntry e : chain) {
            String broken = ChainRules.breakIn(e, previous, keyed, KEY);
            if (broken != null) {
                return broken;
            }
            keyed |= ChainRules.isAnchor(e);
            previous = e.getEntryHash();
        }
        return null;
    }

    private static void unkeyed(List<AuditEntry> chain, int count) {
        for (int i = 0; i < count; i++) {
            add(chain, AuditEntry.unkeyed(event("LOGIN"), T0.plusSeconds(chain.size()), last(chain)));
        }
    }

    private static void anchor(List<AuditEntry> chain) {
        add(chain, new AuditEntry(new AuditEvent(AuditLog.SYSTEM, ChainRules.ANCHOR_ACTION, null, null, Outcome.SUCCESS,
                null, "keyed from here"), T0.plusSeconds(chain.size()), last(chain), KEY));
    }

    private static void keyed(List<AuditEntry> chain, int count) {
        for (int i = 0; i < count; i++) {
            add(chain, new AuditEntry(event("PERSON_VIEW"), T0.plusSeconds(chain.size()), last(chain), KEY));
        }
    }

    private static AuditEvent event(String action) {
        return new AuditEvent("priya.shah", action, "person", "42", Outcome.SUCCESS, "10.0.0.7", null);
    }

    private static String last(List<AuditEntry> chain) {
        return chain.isEmpty() ? AuditHash.GENESIS : chain.get(chain.size() - 1).getEntryHash();
    }

    private static void add(List<AuditEntry> chain, AuditEntry entry) {
        set(entry, "id", (long) chain.size() + 1);
        chain.add(entry);
    }

    private static void set(AuditEntry entry, String field, Object value) {
        try {
            Field f = AuditEntry.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(entry, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
