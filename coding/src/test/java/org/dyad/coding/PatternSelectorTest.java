package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pattern selection: a matching pattern, else a refinement, else the trigger's own code. */
class PatternSelectorTest {
    private static final StepFixture FIXTURE = StepFixture.standard();
    private final PatternSelector selector = new PatternSelector(FIXTURE.verbs);

    private PatternSelector.Selection select(String conllu, String trigger) {
        SentenceView v = FIXTURE.view(conllu);
        return selector.select(v, FIXTURE.trigger(v, trigger));
    }

    @Test
    void aMatchingPatternGivesTheCodeAndItsDictionaryLine() {
        String c = """
                1 Arnor Arnor _ NNP LOCATION 4 nsubj
                2 will will _ MD O 4 aux
                3 not not _ RB O 4 advmod
                4 break break _ VB O 0 root
                5 relations relation _ NNS O 4 obj
                6 with with _ IN O 7 case
                7 Gondor Gondor _ NNP LOCATION 5 nmod
                """;
        PatternSelector.Selection s = select(c, "break");
        assertThat(s.code()).isEqualTo(CodePair.of("081"));
        assertThat(s.rule()).isEqualTo("pattern");
        assertThat(s.entry()).startsWith("BREAK ").contains("test.verbs.dyad:");
        assertThat(s.match()).isPresent();
        // the pattern begins at "will", before the trigger, and spells out the negation and the modal
        SentenceView v = FIXTURE.view(c);
        Occurrence o = FIXTURE.trigger(v, "break");
        assertThat(s.start(o)).isEqualTo(1);
        assertThat(s.spells(v, true)).isTrue();
        assertThat(s.spells(v, false)).isTrue();
    }

    @Test
    void underDyadsReadingAPatternWrittenForAnotherVerbDoesNotMakeAReportAnAct() {
        // "Arnor stated/announced the arrest of Gondor": CAMEO.2.0 wrote "* arrest" for "announce"
        String stated = """
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 stated state _ VBD O 0 root
                3 the the _ DT O 4 det
                4 arrest arrest _ NN O 2 obj
                5 of of _ IN O 6 case
                6 Gondor Gondor _ NNP LOCATION 4 nmod
                """;
        SentenceView v = FIXTURE.view(stated);
        Occurrence o = FIXTURE.trigger(v, "stated");
        assertThat(selector.select(v, o, true).code()).isEqualTo(CodePair.of("010"));
        assertThat(selector.select(v, o, false).code()).as("PETRARCH's reading").isEqualTo(CodePair.of("173"));
        SentenceView announced = FIXTURE.view(stated.replace("stated state", "announced announce"));
        assertThat(selector.select(announced, FIXTURE.trigger(announced, "announced"), true).code())
                .isEqualTo(CodePair.of("173"));
    }

    @Test
    void aPredicativeAdjectiveIsPartOfTheVerbsOwnPhrase() {
        // "Gondor was found guilty": a verdict
        PatternSelector.Selection s = select("""
                1 Gondor Gondor _ NNP LOCATION 3 nsubj:pass
                2 was be _ VBD O 3 aux:pass
                3 found find _ VBN O 0 root
                4 guilty guilty _ JJ O 3 xcomp
                """, "found");
        assertThat(s.code()).isEqualTo(CodePair.of("173"));
        assertThat(s.rule()).isEqualTo("pattern");
    }

    @Test
    void withoutAPatternARefinementOnADependentGivesTheCode() {
        String c = """
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 broke break _ VBD O 0 root
                3 relations relation _ NNS O 2 obj
                4 with with _ IN O 5 case
                5 Gondor Gondor _ NNP LOCATION 3 nmod
                """;
        PatternSelector.Selection s = select(c, "broke");
        assertThat(s.code()).isEqualTo(CodePair.of("160"));
        assertThat(s.rule()).isEqualTo("refinement");
        assertThat(s.entry()).isEqualTo("BREAK if obj relations");
        assertThat(s.match()).isEmpty();
        SentenceView v = FIXTURE.view(c);
        Occurrence o = FIXTURE.trigger(v, "broke");
        assertThat(s.start(o)).isEqualTo(o.first());
        assertThat(s.spells(v, true)).isFalse();
    }

    @Test
    void otherwiseTheTriggerKeepsItsBlocksCode() {
        PatternSelector.Selection s = select("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 broke break _ VBD O 0 root
                3 the the _ DT O 4 det
                4 siege siege _ NN O 2 obj
                """, "broke");
        assertThat(s.code()).isEqualTo(CodePair.of("161"));
        assertThat(s.rule()).isEqualTo("verb");
        assertThat(s.entry()).startsWith("BREAK test.verbs.dyad:");
    }

    @Test
    void aBlockWithoutACodeCodesNothingUnlessAPatternMatches() {
        String c = """
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 noted note _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 4 nsubj
                4 regretted regret _ VBD O 2 ccomp
                """;
        assertThat(select(c, "regretted").code()).isEqualTo(CodePair.of("014"));
        assertThat(select("""
                1 Many many _ JJ O 2 nsubj
                2 regretted regret _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 2 obj
                """, "regretted").code().isNone()).isTrue();
        assertThat(select("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 abandoned abandon _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 2 obj
                """, "abandoned").code().isNone()).isTrue();
    }
}
