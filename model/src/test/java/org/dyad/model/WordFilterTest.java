package org.dyad.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordFilterTest {
    @Test
    void admitsEveryWordItWasMadeWithAndFewOthers() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            words.add("w" + i);
        }
        WordFilter f = WordFilter.of(words);
        assertThat(words).allMatch(f::mayContain);
        int admitted = 0;
        int others = 100_000;
        for (int i = 0; i < others; i++) {
            if (f.mayContain("x" + i)) {
                admitted++;
            }
        }
        // eight bits a word and two bits a word in one block: about one in twenty is let through
        assertThat(admitted).isLessThan(others / 10);
    }

    @Test
    void anEmptyFilterAdmitsNothingAndEveryFilterHasRoomForItsWords() {
        WordFilter empty = WordFilter.of(List.of());
        assertThat(empty.mayContain("the")).isFalse();
        assertThat(empty.mayContain("")).isFalse();
        WordFilter one = WordFilter.of(List.of("kremlin"), 1);
        assertThat(one.mayContain("kremlin")).isTrue();
    }
}
