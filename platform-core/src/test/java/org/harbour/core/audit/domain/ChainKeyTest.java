package org.harbour.core.audit.domain;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChainKeyTest {

    private static final byte[] SECRET = new byte[32];

    static {
        for (int i = 0; i < SECRET.length; i++) {
            SECRET[i] = (byte) (i * 7 + 3);
        }
    }

    @Test
    void hexAndBase64OfTheSameSecretAreTheSameKey() {
        String fromHex = ChainKey.decode(HexFormat.of().formatHex(SECRET)).signEntry("x");
        assertThat(ChainKey.decode(HexFormat.of().withUpperCase().formatHex(SECRET)).signEntry("x")).isEqualTo(fromHex);
        assertThat(ChainKey.decode(Base64.getEncoder().encodeToString(SECRET)).signEntry("x")).isEqualTo(fromHex);
        assertThat(ChainKey.decode(Base64.getUrlEncoder().withoutPadding().encodeToString(SECRET)).signEntry("x"))
                .isEqualTo(fromHex);
        assertThat(ChainKey.decode("  " + Base64.getEncoder().encodeToString(SECRET) + "\n").signEntry("x"))
                .as("a key file's line break").isEqualTo(fromHex);
    }

    @Test
    void aShortOrMalformedKeyIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> ChainKey.decode(Base64.getEncoder().encodeToString(new byte[31])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> ChainKey.decode("not a key at all!"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("not a key");
        assertThatThrownBy(() -> ChainKey.decode(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachUseHasItsOwnDerivedKeyAndTheKeyIsNeverPrinted() {
        ChainKey key = ChainKey.decode(HexFormat.of().formatHex(SECRET));
        assertThat(key.signEntry("same text")).isNotEqualTo(key.signCheckpoint("same text"))
                .isNotEqualTo(key.signState("same text")).matches("[0-9a-f]{64}");
        assertThat(key.toString()).doesNotContain(HexFormat.of().formatHex(SECRET))
                .doesNotContain(Base64.getEncoder().encodeToString(SECRET));
        assertThat(ChainKey.decode(ChainKey.generate()).signEntry("same text")).as("a new random key")
                .isNotEqualTo(key.signEntry("same text"));
        assertThat(Base64.getDecoder().decode(ChainKey.generate())).hasSize(32);
    }
}
