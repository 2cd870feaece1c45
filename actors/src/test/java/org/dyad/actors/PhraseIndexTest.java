package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.model.testkit.Conllu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Longest-match lookup of dictionary phrases, with and without a document's memo of first words. */
class PhraseIndexTest {
    private static PhraseIndex<String> index() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("United States", "USA");
        index.add("United States Army", "USAMIL");
        index.add("US", "USA");
        index.add("the Kremlin", "RUSGOV");
        index.add("Kremlin", "RUSGOV");
        index.add("troops", "MIL");
        return index;
    }

    private static Sentence sentence(String words) {
        StringBuilder conllu = new StringBuilder();
        String[] w = words.split(" ");
        for (int i = 0; i < w.length; i++) {
            conllu.append(i + 1).append(' ').append(w[i]).append(' ').append(w[i]).append(" _ NN O 0 root\n");
        }
        return Conllu.parse("2024-05-01", conllu.toString()).sentences().get(0);
    }

    /** What each token starts: {@code begin-end=values}, or {@code -}. */
    private static List<String> matches(PhraseIndex<String> index, Sentence s, PhraseIndex.FirstWords<String> memo) {
        String[] keys = PhraseIndex.keys(s);
        List<String> out = new ArrayList<>();
        for (int i = 0; i <= s.size(); i++) {
            PhraseIndex.Match<String> m = memo == null ? index.longest(s, keys, i) : index.longest(s, keys, i, memo);
            out.add(m == null ? "-" : m.begin() + "-" + m.end() + "=" + String.join(",", m.values()));
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the United States Army and US troops met the Kremlin | - 1-4=USAMIL - - - 5-6=USA 6-7=MIL - 8-10=RUSGOV 9-10=RUSGOV -",
        "us and the united states | - - - - - -",
        "The Kremlin and the Kremlin | 0-2=RUSGOV 1-2=RUSGOV - 3-5=RUSGOV 4-5=RUSGOV -"})
    void findsTheLongestPhraseAtEachTokenWithOrWithoutAMemo(String words, String expected) {
        PhraseIndex<String> index = index();
        Sentence s = sentence(words);
        assertThat(matches(index, s, null)).containsExactly(expected.split(" "));
        assertThat(matches(index, s, new PhraseIndex.FirstWords<>(index))).containsExactly(expected.split(" "));
    }

    @Test
    void aMemoServesEverySentenceOfADocument() {
        PhraseIndex<String> index = index();
        PhraseIndex.FirstWords<String> memo = new PhraseIndex.FirstWords<>(index);
        for (String words : List.of("US troops", "the Kremlin and US troops", "troops of the United States")) {
            Sentence s = sentence(words);
            assertThat(matches(index, s, memo)).isEqualTo(matches(index, s, null));
        }
    }
}
