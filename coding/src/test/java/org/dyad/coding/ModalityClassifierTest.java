package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.dyad.coding.ModalityClassifier.Mood;
import org.junit.jupiter.api.Test;

/** Modality: negated actions, intended ones, and patterns that spell out the negation or the modal. */
class ModalityClassifierTest {
    private static final StepFixture FIXTURE = StepFixture.standard();
    private final PatternSelector selector = new PatternSelector(FIXTURE.verbs);
    private final ArgumentExtractor extractor = new ArgumentExtractor("test");
    private final ModalityClassifier modality = new ModalityClassifier();

    private Mood mood(String conllu, String trigger) {
        return mood(conllu, trigger, CoderSettings.defaults());
    }

    private Mood mood(String conllu, String trigger, CoderSettings settings) {
        SentenceView v = FIXTURE.view(conllu);
        Occurrence o = FIXTURE.trigger(v, trigger);
        PatternSelector.Selection s = selector.select(v, o);
        return modality.classify(v, o, s, extractor.extract(v, o, s, settings).sourceMentions(), settings);
    }

    @Test
    void aPossibleOrNeededActionIsNoEventUnderDyadsConventions() {
        String could = """
                1 Arnor Arnor _ NNP LOCATION 3 nsubj
                2 could could _ MD O 3 aux
                3 attack attack _ VB O 0 root
                4 Gondor Gondor _ NNP LOCATION 3 obj
                """;
        assertThat(mood(could, "attack")).isEqualTo(Mood.NEGATED);
        assertThat(mood(could, "attack", CoderSettings.defaults()
                .withConventions(CoderSettings.Conventions.PETRARCH))).isEqualTo(Mood.ASSERTED);
    }

    @Test
    void aVerbCoordinatedWithoutItsOwnSubjectSharesTheModal() {
        String shared = """
                1 Arnor Arnor _ NNP LOCATION 3 nsubj
                2 could could _ MD O 3 aux
                3 criticize criticize _ VB O 0 root
                4 Gondor Gondor _ NNP LOCATION 3 obj
                5 or or _ CC O 6 cc
                6 attack attack _ VB O 3 conj
                7 Mordor Mordor _ NNP LOCATION 6 obj
                """;
        assertThat(mood(shared, "attack")).isEqualTo(Mood.NEGATED);
        String own = """
                1 Arnor Arnor _ NNP LOCATION 3 nsubj
                2 could could _ MD O 3 aux
                3 criticize criticize _ VB O 0 root
                4 Gondor Gondor _ NNP LOCATION 3 obj
                5 but but _ CC O 7 cc
                6 Mordor Mordor _ NNP LOCATION 7 nsubj
                7 attacked attack _ VBD O 3 conj
                8 Gondor Gondor _ NNP LOCATION 7 obj
                """;
        assertThat(mood(own, "attacked")).as("a clause with its own subject keeps its own mood").isEqualTo(Mood.ASSERTED);
    }

    @Test
    void aFutureOrScheduledActionIsIntendedUnderDyadsConventionsAndAssertedUnderPetrarchs() {
        String will = """
                1 Arnor Arnor _ NNP LOCATION 3 nsubj
                2 will will _ MD O 3 aux
                3 attack attack _ VB O 0 root
                4 Gondor Gondor _ NNP LOCATION 3 obj
                """;
        assertThat(mood(will, "attack")).isEqualTo(Mood.INTENDED);
        assertThat(mood(will, "attack", CoderSettings.defaults()
                .withConventions(CoderSettings.Conventions.PETRARCH))).isEqualTo(Mood.ASSERTED);
        // "was due to meet Gondor": a word of schedule
        assertThat(mood("""
                1 Arnor Arnor _ NNP LOCATION 3 nsubj 3:nsubj|5:nsubj:xsubj
                2 was be _ VBD O 3 cop
                3 due due _ JJ O 0 root
                4 to to _ TO O 5 mark
                5 meet meet _ VB O 3 xcomp
                6 Gondor Gondor _ NNP LOCATION 5 obj
                """, "meet")).isEqualTo(Mood.INTENDED);
    }

    @Test
    void aPlainActionIsAsserted() {
        assertThat(mood("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 attacked attack _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 2 obj
                """, "attacked")).isEqualTo(Mood.ASSERTED);
    }

    @Test
    void aNegatedOrFailedActionIsNegatedUnlessAPatternSpellsOutTheNegation() {
        assertThat(mood("""
                1 Arnor Arnor _ NNP LOCATION 4 nsubj
                2 did do _ VBD O 4 aux
                3 not not _ RB O 4 advmod
                4 attack attack _ VB O 0 root
                5 Gondor Gondor _ NNP LOCATION 4 obj
                """, "attack")).isEqualTo(Mood.NEGATED);
        assertThat(mood("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj 2:nsubj|4:nsubj:xsubj
                2 failed fail _ VBD O 0 root
                3 to to _ TO O 4 mark
                4 attack attack _ VB O 2 xcomp
                5 Gondor Gondor _ NNP LOCATION 4 obj
                """, "attack")).isEqualTo(Mood.NEGATED);
        // "reluctant to attack": an adjective of unwillingness
        assertThat(mood("""
                1 Arnor Arnor _ NNP LOCATION 3 nsubj 3:nsubj|5:nsubj:xsubj
                2 was be _ VBD O 3 cop
                3 reluctant reluctant _ JJ O 0 root
                4 to to _ TO O 5 mark
                5 attack attack _ VB O 3 xcomp
                6 Gondor Gondor _ NNP LOCATION 5 obj
                """, "attack")).isEqualTo(Mood.NEGATED);
        // "its refusal to attack": a noun of unwillingness and its infinitive
        assertThat(mood("""
                1 Arnor Arnor _ NNP LOCATION 3 nmod:poss
                2 's 's _ POS O 1 case
                3 refusal refusal _ NN O 0 root
                4 to to _ TO O 5 mark
                5 attack attack _ VB O 3 acl
                6 Gondor Gondor _ NNP LOCATION 5 obj
                """, "attack")).isEqualTo(Mood.NEGATED);
        // "signaled its reluctance to attack", the infinitive hung on the verb
        assertThat(mood("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 signaled signal _ VBD O 0 root
                3 its its _ PRP$ O 4 nmod:poss
                4 reluctance reluctance _ NN O 2 obj
                5 to to _ TO O 6 mark
                6 attack attack _ VB O 2 xcomp
                7 Gondor Gondor _ NNP LOCATION 6 obj
                """, "attack")).isEqualTo(Mood.NEGATED);
        // "will not *" is the dictionary's own pattern: it codes the negated phrase
        assertThat(mood("""
                1 Arnor Arnor _ NNP LOCATION 4 nsubj
                2 will will _ MD O 4 aux
                3 not not _ RB O 4 advmod
                4 break break _ VB O 0 root
                5 relations relation _ NNS O 4 obj
                6 with with _ IN O 7 case
                7 Gondor Gondor _ NNP LOCATION 5 nmod
                """, "break")).isEqualTo(Mood.ASSERTED);
        // an event noun denied by its verb
        assertThat(mood("""
                1 Mordor Mordor _ NNP LOCATION 2 nsubj
                2 denied deny _ VBD O 0 root
                3 the the _ DT O 4 det
                4 invasion invasion _ NN O 2 obj
                5 of of _ IN O 6 case
                6 Gondor Gondor _ NNP LOCATION 4 nmod
                """, "invasion")).isEqualTo(Mood.NEGATED);
        // but not an event noun that only dates the denied clause: the talks took place
        String during = """
                1 Mordor Mordor _ NNP LOCATION 2 nsubj
                2 denied deny _ VBD O 0 root
                3 the the _ DT O 4 det
                4 invasion invasion _ NN O 2 obj
                5 during during _ IN O 6 case
                6 talks talks _ NNS O 2 obl
                7 with with _ IN O 8 case
                8 Gondor Gondor _ NNP LOCATION 6 nmod
                """;
        assertThat(mood(during, "talks")).isEqualTo(Mood.ASSERTED);
    }

    @Test
    void anActionUnderAVerbOfIntentionIsIntended() {
        assertThat(mood("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj 2:nsubj|4:nsubj:xsubj
                2 expected expect _ VBD O 0 root
                3 to to _ TO O 4 mark
                4 meet meet _ VB O 2 xcomp
                5 Gondor Gondor _ NNP LOCATION 4 obj
                """, "meet")).isEqualTo(Mood.INTENDED);
        assertThat(mood("""
                1 Mordor Mordor _ NNP LOCATION 2 nsubj
                2 plans plan _ VBZ O 0 root
                3 an a _ DT O 4 det
                4 invasion invasion _ NN O 2 obj
                5 of of _ IN O 6 case
                6 Gondor Gondor _ NNP LOCATION 4 nmod
                """, "invasion")).isEqualTo(Mood.INTENDED);
    }

    @Test
    void underPetrarchsConventionsAFutureActionIsIntendedOnlyWhenItsOwnActorAnnouncesIt() {
        String announced = """
                1 %s %s _ NNP LOCATION 2 nsubj
                2 said say _ VBD O 0 root
                3 Arnor Arnor _ NNP LOCATION 5 nsubj
                4 would would _ MD O 5 aux
                5 meet meet _ VB O 2 ccomp
                6 Gondor Gondor _ NNP LOCATION 5 obj
                """;
        CoderSettings petrarch = CoderSettings.defaults().withConventions(CoderSettings.Conventions.PETRARCH);
        assertThat(mood(announced.formatted("Arnor", "Arnor"), "meet", petrarch)).isEqualTo(Mood.INTENDED);
        assertThat(mood(announced.formatted("Eriador", "Eriador"), "meet", petrarch)).isEqualTo(Mood.ASSERTED);
        // CAMEO codes every cooperative action told in the future as an intention
        assertThat(mood(announced.formatted("Eriador", "Eriador"), "meet")).isEqualTo(Mood.INTENDED);
    }

    @Test
    void anIntendedActionTakesItsExpressIntentCodeAndLosesItsReverse() {
        assertThat(ModalityClassifier.intended(CodePair.parse("042:043"))).isEqualTo(CodePair.of("036"));
        assertThat(ModalityClassifier.intended(CodePair.of("190"))).isEqualTo(CodePair.of("1384"));
        assertThat(ModalityClassifier.intended(CodePair.of("163"))).isEqualTo(CodePair.of("1312"));
        // threats and intents are already intents
        assertThat(ModalityClassifier.intended(CodePair.of("130"))).isEqualTo(CodePair.of("130"));
        // CAMEO has no intent to make a statement: no event yet
        assertThat(ModalityClassifier.intended(CodePair.of("010"))).isEqualTo(
                new CodePair(Optional.empty(), Optional.empty()));
    }
}
