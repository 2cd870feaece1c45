package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.dyad.model.testkit.Conllu;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Finding a list's phrases in a sentence: whole words, multi-word phrases, and stems nested in one another. */
class PhraseIndexTest {
    /** Phrases by number; those ending in * match their last word as a stem. */
    private static final List<String> PHRASES = List.of("base*", "baseball*", "world cup", "ball", "1914*", "world*",
            "baseballs");

    private static PhraseIndex index() {
        BitSet stem = new BitSet();
        List<List<String>> phrases = new java.util.ArrayList<>();
        for (int i = 0; i < PHRASES.size(); i++) {
            String p = PHRASES.get(i);
            stem.set(i, p.endsWith("*"));
            phrases.add(List.of(p.replace("*", "").split(" ")));
        }
        return new PhraseIndex(phrases, stem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // sentence                          | phrase@token, by phrase then token
        "Baseballs at the World Cup          | 0@0 1@0 2@3 5@3 6@0",
        "a ball and a base                   | 0@4 3@1",
        "In 1914 and 19145 baseball          | 0@4 1@4 4@1 4@3",
        "Worldwide bases                     | 0@1 5@0",
        "nothing here                        | ''"})
    void findsEveryPhraseAndEveryStemThatBeginsAWord(String text, String expected) {
        List<String> found = index().find(Conllu.words(text)).stream().map(m -> m.phrase() + "@" + m.start()).toList();
        assertThat(found).containsExactly(expected.isEmpty() ? new String[0] : expected.split(" "));
    }
}
