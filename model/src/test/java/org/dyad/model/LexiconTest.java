package org.dyad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word lists' contracts: lower case, immutable, and the differences each list documents. */
class LexiconTest {
    private static final List<Set<String>> ALL = List.of(Lexicon.SPEECH_VERBS, Lexicon.MESSAGE_VERBS,
            Lexicon.REPORTING_VERBS, Lexicon.CLAUSE_DATING_VERBS, Lexicon.QUOTING_VERBS, Lexicon.INTENDING_WORDS,
            Lexicon.NEGATING_VERBS, Lexicon.NEGATORS, Lexicon.FUTURE_AUXILIARIES, Lexicon.FUTURE_TENSE_AUXILIARIES,
            Lexicon.MODALS, Lexicon.TEMPORAL_SUBORDINATORS, Lexicon.FIRST_PERSON_PRONOUNS, Lexicon.PLURAL_PRONOUNS,
            Lexicon.LIGHT_VERBS, Lexicon.ARTICLES);

    @Test
    void everyListIsLowerCaseWithPlainApostrophesAndCannotBeChanged() {
        for (Set<String> list : ALL) {
            assertThat(list).isNotEmpty().allSatisfy(w -> assertThat(w).isLowerCase().doesNotContain("\u2019"));
            assertThatThrownBy(() -> list.add("x")).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void everyListOfVerbsOfSpeechHoldsThePlainVerbsOfSaying() {
        for (Set<String> speech : List.of(Lexicon.MESSAGE_VERBS, Lexicon.REPORTING_VERBS, Lexicon.CLAUSE_DATING_VERBS,
                Lexicon.QUOTING_VERBS)) {
            assertThat(speech).containsAll(Lexicon.SPEECH_VERBS);
        }
    }

    @Test
    void aVerbWhoseObjectIsTheMessageReportsButTellDoesNotTakeAMessageObject() {
        assertThat(Lexicon.REPORTING_VERBS).containsAll(Lexicon.MESSAGE_VERBS).contains("tell");
        assertThat(Lexicon.MESSAGE_VERBS).doesNotContain("tell");
    }

    @Test
    void theListsDifferWhereTheirRulesDo() {
        // an urging or a warning is an act of its own: it quotes, but does not merely report
        assertThat(Lexicon.QUOTING_VERBS).contains("urge", "warn", "ask", "accuse");
        assertThat(Lexicon.REPORTING_VERBS).doesNotContain("urge", "warn", "ask", "accuse", "promise");
        // beliefs are reported, never quoted
        assertThat(Lexicon.REPORTING_VERBS).contains("believe", "think");
        assertThat(Lexicon.QUOTING_VERBS).doesNotContain("believe", "think");
        // a promise or a threat dates the clause it announces
        assertThat(Lexicon.CLAUSE_DATING_VERBS).contains("promise", "threaten", "deny");
        // "would" announces an intended action, but does not move a weekday into the future
        assertThat(Lexicon.FUTURE_AUXILIARIES).contains("would").containsAll(Lexicon.FUTURE_TENSE_AUXILIARIES);
        assertThat(Lexicon.FUTURE_TENSE_AUXILIARIES).doesNotContain("would");
        assertThat(Lexicon.MODALS).containsAll(Lexicon.FUTURE_AUXILIARIES).contains("could", "must");
    }
}
