package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextChunksTest {
    private static List<String> chunks(String text, int size) {
        return TextChunks.of(text, size).stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    @Test
    void aTextNoLongerThanAChunkIsOneChunkWithoutItsSurroundingSpace() {
        assertThat(chunks("  One paragraph.\n\nTwo.  ", 100)).containsExactly("One paragraph.\n\nTwo.");
        assertThat(chunks(" \n\t ", 100)).isEmpty();
    }

    @Test
    void aParagraphBreakWinsOverLinesSentencesAndSpaces() {
        String text = "Aaaa aaaa. Bbbb bbbb.\nCccc.\n\nDddd dddd. Eeee.\nFfff ffff gggg.";
        assertThat(chunks(text, 40)).containsExactly("Aaaa aaaa. Bbbb bbbb.\nCccc.", "Dddd dddd. Eeee.\nFfff ffff gggg.");
    }

    @Test
    void withoutParagraphsALineBreakThenASentenceEndThenASpace() {
        assertThat(chunks("Aaaa aaaa. Aaaa aaaa aaaa.\nBbbb bbbb. Cccc cccc.", 32))
                .containsExactly("Aaaa aaaa. Aaaa aaaa aaaa.", "Bbbb bbbb. Cccc cccc.");
        assertThat(chunks("Aaaa aaaa aaaa aaaa. Bbbb bbbb cccc cccc dddd", 32))
                .containsExactly("Aaaa aaaa aaaa aaaa.", "Bbbb bbbb cccc cccc dddd");
        assertThat(chunks("Aaaa aaaa aaaa bbbb bbbb bbbb cccc cccc", 20))
                .containsExactly("Aaaa aaaa aaaa bbbb", "bbbb bbbb cccc cccc");
    }

    @Test
    void aRunWithoutSpaceIsCutAtTheLengthButNotInsideACharacter() {
        String text = "x".repeat(25);
        assertThat(chunks(text, 10)).containsExactly("x".repeat(10), "x".repeat(10), "x".repeat(5));
        String emoji = "\uD83D\uDE00".repeat(10);
        List<String> parts = chunks(emoji, 7);
        assertThat(String.join("", parts)).isEqualTo(emoji);
        assertThat(parts).allSatisfy(p -> assertThat(Character.isLowSurrogate(p.charAt(0))).isFalse());
    }

    @Test
    void chunksCoverEveryNonSpaceCharacterOnceInOrderAndStayWithinTheSize() {
        StringBuilder b = new StringBuilder();
        java.util.Random r = new java.util.Random(16);
        for (int i = 0; i < 20_000; i++) {
            int k = r.nextInt(20);
            b.append(k == 0 ? "\n\n" : k == 1 ? "\n" : k == 2 ? ". " : k < 6 ? " " : "w");
        }
        String text = b.toString();
        List<TextChunks.Span> spans = TextChunks.of(text, 700);
        int previous = 0;
        StringBuilder seen = new StringBuilder();
        for (TextChunks.Span s : spans) {
            assertThat(s.begin()).isGreaterThanOrEqualTo(previous);
            assertThat(s.end() - s.begin()).isLessThanOrEqualTo(700);
            assertThat(text.substring(previous, s.begin())).isBlank();
            seen.append(text, s.begin(), s.end());
            previous = s.end();
        }
        assertThat(text.substring(previous)).isBlank();
        assertThat(seen.toString().replaceAll("\\s", "")).isEqualTo(text.replaceAll("\\s", ""));
    }
}
