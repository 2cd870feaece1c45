package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeDatesTest {
    private static final LocalDate FRIDAY = LocalDate.of(2025, 3, 14);

    /** Tokens of a sentence written with the expression in brackets; returns its first token index. */
    private static String valueIn(String sentence) {
        List<Token> tokens = new ArrayList<>();
        int begin = -1;
        int end = -1;
        int offset = 0;
        for (String w : sentence.split(" ")) {
            String word = w;
            if (word.startsWith("[")) {
                begin = tokens.size();
                word = word.substring(1);
            }
            boolean last = word.endsWith("]");
            if (last) {
                word = word.substring(0, word.length() - 1);
            }
            tokens.add(new Token(tokens.size(), word, word, "NN", "O", offset, offset + word.length()));
            offset += word.length() + 1;
            if (last) {
                end = tokens.size();
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = begin; i < end; i++) {
            text.append(i > begin ? " " : "").append(tokens.get(i).word());
        }
        return RelativeDates.value(text.toString(), FRIDAY, tokens, begin).orElse("SUTime");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "officials said on [Thursday] that|2025-03-13",
        "the strike was carried out [Thursday]|2025-03-13",
        "Rubio spoke on [Friday] with|2025-03-14",
        "the ministers will meet on [Monday]|2025-03-17",
        "talks are scheduled for [Wednesday]|2025-03-19",
        "he met them [last Friday]|2025-03-07",
        "they meet again [next Friday]|2025-03-21",
        "a vote [this Sunday]|2025-03-16",
        "fighting erupted [in December]|2024-12",
        "the deal signed [in March]|2025-03",
        "elections due [in November]|2025-11",
        "prices rose [last March]|2024-03",
        "talks resume [next January]|2026-01",
        "the fighting [earlier this week]|SUTime",
        "on [March 3]|SUTime"})
    void weekdaysAndMonthsAreResolvedFromTheArticleDateAndTense(String sentence, String expected) {
        assertThat(valueIn(sentence)).isEqualTo(expected);
    }
}
