package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodePairTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "064     | 064 |     | 064",
        "042:043 | 042 | 043 | 042:043",
        ":054    |     | 054 | :054",
        "---     |     |     | ---",
        "030:030 | 030 | 030 | 030:030",
        "174K    | 174K |    | 174K",
        "---:033 |     | 033 | :033"})
    void readsPetrarchNotation(String text, String forward, String reverse, String written) {
        CodePair p = CodePair.parse(text);
        assertThat(p.forward()).isEqualTo(Optional.ofNullable(forward));
        assertThat(p.reverse()).isEqualTo(Optional.ofNullable(reverse));
        assertThat(p.text()).isEqualTo(written);
        assertThat(CodePair.parse(p.text())).isEqualTo(p);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "01:02:03"})
    void rejectsMalformedCodesNamingThem(String text) {
        assertThatThrownBy(() -> CodePair.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("code");
    }

    @org.junit.jupiter.api.Test
    void theNullCodeCodesNothing() {
        assertThat(CodePair.parse("---").isNone()).isTrue();
        assertThat(CodePair.NONE.isNone()).isTrue();
        assertThat(CodePair.parse("010").isNone()).isFalse();
    }
}
