package org.dyad.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDigestTest {
    @Test
    void piecesDigestLikeTheirConcatenationInUtf8() {
        // the SHA-256 of "abc", the standard's own test vector
        assertThat(TextDigest.of("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(new TextDigest().add("a").add("bc").hex()).isEqualTo(TextDigest.of("abc"));
        assertThat(TextDigest.of("Côte d’Ivoire")).isNotEqualTo(TextDigest.of("Cote d'Ivoire")).hasSize(64);
    }
}
