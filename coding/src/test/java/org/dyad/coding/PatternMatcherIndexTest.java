package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The structures the pattern matcher consults before matching: the words a pattern cannot match
 * without, the word sets' phrases indexed by their first and last words, and the digest of a
 * dictionary's trigger heads.
 */
class PatternMatcherIndexTest {
    private static final Set<String> SETS = Set.of("TIETYPES", "CURRENCY");

    private static Pattern parse(String text) {
        return Pattern.parse(text, CodePair.parse("010"), SETS, "test:1", "", false);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // pattern                              | words it needs, in order
        "* DIPLOMATIC TIES                      | diplomatic ties",
        "+ WAS_ * TO_ ^ FROM $                  | was to from",
        "* (FOR {FINANCIAL AID})                | for financial aid",
        "* (TO {BANNED PARTIES}) $              | to banned parties",
        "* (IN &TIETYPES)                       | in",
        "* &CURRENCY                            | ''",
        "% HAVE *                               | have",
        "* (TO)                                 | to"})
    void aPatternNeedsItsLiteralWordsPrepositionsAndNounPhraseWords(String pattern, String words) {
        List<String> expected = words.isEmpty() ? List.of() : List.of(words.split(" "));
        assertThat(PatternMatcher.requiredWords(parse(pattern).items())).isEqualTo(expected);
    }

    private static final PatternMatcher.PhraseTable TABLE = new PatternMatcher.PhraseTable(List.of(
            List.of("swiss", "franc"), List.of("franc"), List.of("euro"), List.of("dollar"), List.of("us", "dollar"),
            List.of("swiss", "dollar")));

    @ParameterizedTest(name = "{0}/{1} first={2}")
    @CsvSource(delimiter = '|', value = {
        // word  | lemma   | first | phrases, by position, ascending
        "swiss   | swiss   | true  | 0 5",
        "franc   | franc   | true  | 1",
        "franc   | franc   | false | 0 1",
        "dollars | dollar  | true  | 3",
        "dollars | dollar  | false | 3 4 5",
        "euros   | euro    | true  | 2",
        "us      | dollar  | true  | 3 4",
        "dollar  | swiss   | true  | 0 3 5",
        "yen     | yen     | true  | ''"})
    void aWordSetsPhrasesAreFoundByTheirFirstOrLastWordInTheSetsOrder(String word, String lemma, boolean first,
            String positions) {
        int[] expected = positions.isEmpty() ? new int[0]
                : java.util.Arrays.stream(positions.split(" ")).mapToInt(Integer::parseInt).toArray();
        assertThat(TABLE.at(word, lemma, first)).containsExactly(expected);
    }

    @Test
    void theHeadsDigestChangesWithTheTriggersAndTheirKindOnly() throws IOException {
        String base = "verbs MEET\n  code 040\n  verb meet\n  noun meeting\n";
        VerbDictionary a = DyadVerbFormatTest.read(base);
        VerbDictionary samePatternsDiffer = DyadVerbFormatTest.read(base + "  pattern * with + code 040\n");
        VerbDictionary moreTriggers = DyadVerbFormatTest.read(base + "  verb confer\n");
        VerbDictionary meetingAsVerb = DyadVerbFormatTest.read("verbs MEET\n  code 040\n  verb meet | meeting\n");
        assertThat(a.headsDigest()).isEqualTo(DyadVerbFormatTest.read(base).headsDigest())
                .isEqualTo(samePatternsDiffer.headsDigest())
                .isNotEqualTo(moreTriggers.headsDigest())
                .isNotEqualTo(meetingAsVerb.headsDigest());
    }

    @Test
    void onlyPatternsWhoseWordsTheSentenceHoldsArePossibleInTheBlocksOrder() throws IOException {
        VerbDictionary verbs = DyadVerbFormatTest.read("""
                set CURRENCY dollar | euro
                verbs MEET
                  code 040
                  verb meet
                  pattern * with + code 040
                  pattern * in + code 040
                  pattern * diplomatic ties with + code 040
                  pattern * &CURRENCY code 040
                  pattern * (ON {TRADE TALKS}) code 040
                """);
        PatternMatcher matcher = new PatternMatcher(verbs);
        VerbBlock block = verbs.blocks().get(0);
        org.dyad.model.AnnotatedDocument doc = org.dyad.model.testkit.Conllu.parse("2024-05-01", """
                1 Gondor Gondor _ NNP LOCATION 2 nsubj
                2 met meet _ VBD O 0 root
                3 with with _ IN O 4 case
                4 Mordor Mordor _ NNP LOCATION 2 obl
                5 on on _ IN O 7 case
                6 trade trade _ NN O 7 compound
                7 talks talk _ NNS O 2 obl
                """);
        SentenceView v = new SentenceView(doc.sentences().get(0), List.of());
        // "in" and "diplomatic ties" are missing; a word set needs no word; "talks" is found by its lemma's form
        // the block orders its patterns by specificity: they are named here by their line
        List<String> lines = matcher.possible(block, v).stream()
                .mapToObj(k -> block.patterns().get(k).origin().replaceAll(".*:", "")).sorted().toList();
        assertThat(lines).containsExactly("5", "8", "9");
        VerbBlock other = DyadVerbFormatTest.read("verbs MEET\n  code 040\n  verb meet\n  pattern * in + code 040\n")
                .blocks().get(0);
        assertThat(matcher.possible(other, v).stream().toArray()).as("a block of another dictionary").containsExactly(0);
    }
}
