package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatternTest {
    private static final Set<String> SETS = Set.of("TIETYPES", "GENINT", "NEGATVAUXVRB", "FIGHT_OF_WORDS", "CURRENCY");

    private static Pattern parse(String text) {
        return Pattern.parse(text, CodePair.parse("010"), SETS, "test:1", "", false);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // written                                      | canonical text                                | specificity
        "* DIPLOMATIC TIES                              | * diplomatic ties                             | 2",
        "- IN_AND_*_OUT_AGAIN                           | in_and_*_out_again                            | 4",
        "+ WAS_ * TO_ ^ FROM $                          | + was * to ^ from $                            | 6",
        "SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS       | suggested_+ * demand_&GENINT_conventions      | 5",
        "* (FOR {FINANCIAL AID})                        | * (for {financial aid})                       | 3",
        "* (TO {BANNED PARTIES}) $                      | * (to {banned parties}) $                     | 4",
        "&NEGATVAUXVRB_EVER * OVER EFFORTS              | &NEGATVAUXVRB_ever * over efforts             | 4",
        "* (IN &FIGHT_OF_WORDS)                         | * (in &FIGHT_OF_WORDS)                        | 2",
        "% HAVE *                                       | % have *                                      | 2",
        "* (TO)                                         | * (to)                                        | 1"})
    void readsThePatternLanguage(String written, String canonical, int specificity) {
        String text = written.startsWith("- ") ? written.substring(2) : written;
        Pattern p = parse(text);
        assertThat(p.text()).isEqualTo(canonical);
        assertThat(p.specificity()).isEqualTo(specificity);
        assertThat(parse(p.text()).items()).isEqualTo(p.items());
    }

    @Test
    void splitsTheElementsAroundTheTrigger() {
        Pattern p = parse("+ WAS_ * TO_ ^ FROM $");
        assertThat(p.before()).extracting(i -> i.element().text()).containsExactly("+", "was");
        // "WAS_ *": an underscore before a blank is an old way of writing a blank
        assertThat(p.before().get(1).glued()).isFalse();
        assertThat(p.items().get(p.verbIndex()).glued()).isFalse();
        assertThat(parse("* TO_LET_ESCAPE").after()).extracting(PatternItem::glued).containsExactly(false, true, true);
        assertThat(p.after()).extracting(i -> i.element().text()).containsExactly("to", "^", "from", "$");
    }

    @Test
    void aNounPhraseHasItsHeadLast() {
        PatternElement e = parse("* {ARMS SHIPMENT}").after().get(0).element();
        assertThat(e).isInstanceOf(PatternElement.NounPhrase.class);
        PatternElement.NounPhrase np = (PatternElement.NounPhrase) e;
        assertThat(np.head()).isEqualTo(new PatternElement.Word("shipment"));
        assertThat(np.modifiers()).containsExactly(new PatternElement.Word("arms"));
    }

    @Test
    void aPrepositionalPhraseHoldsItsObject() {
        PatternElement e = parse("* (TO + BORDER)").after().get(0).element();
        assertThat(e).isInstanceOf(PatternElement.Prepositional.class);
        PatternElement.Prepositional pp = (PatternElement.Prepositional) e;
        assertThat(pp.preposition()).isEqualTo("to");
        assertThat(pp.object()).extracting(i -> i.element().text()).containsExactly("+", "border");
    }

    @Test
    void rejectsPatternsItCannotRead() {
        assertThatThrownBy(() -> parse("* (FOR AID")).hasMessageContaining("missing ')'");
        assertThatThrownBy(() -> parse("* VENTURE (WITH VISIT) VISIT)")).hasMessageContaining("unexpected ')'");
        assertThatThrownBy(() -> parse("* &UNKNOWN")).hasMessageContaining("&UNKNOWN is not defined");
        assertThatThrownBy(() -> parse("*sceptical")).hasMessageContaining("needs exactly one");
        assertThatThrownBy(() -> parse("* MEETING *")).hasMessageContaining("2 '*'");
    }

    @Test
    void sortsABlocksPatternsMostSpecificFirstKeepingFileOrderOtherwise() {
        List<Pattern> ps = List.of(parse("* efforts"), parse("&NEGATVAUXVRB * over efforts"), parse("* rights"),
                parse("&NEGATVAUXVRB ever * over efforts"));
        VerbBlock b = new VerbBlock("CLASH", CodePair.parse("121"), List.of(TriggerPhrase.parse("clash",
                TriggerPhrase.Kind.VERB, java.util.Optional.empty())), ps, List.of(), "test:1");
        assertThat(b.patterns()).extracting(Pattern::text).containsExactly("&NEGATVAUXVRB ever * over efforts",
                "&NEGATVAUXVRB * over efforts", "* efforts", "* rights");
    }
}
