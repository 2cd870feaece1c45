package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoordinatedAppositionTest {
    /** "Two Russian officials, Ivan Petrov and Oleg Sokolov, spoke." */
    private static final String OFFICIALS = """
            1 Two two _ CD O 3 nummod
            2 Russian Russian _ JJ O 3 amod
            3 officials official _ NNS O 11 nsubj
            4 , , _ , O 3 punct
            5 Ivan Ivan _ NNP PERSON 6 compound
            6 Petrov Petrov _ NNP PERSON 3 appos
            7 and and _ CC O 9 cc
            8 Oleg Oleg _ NNP PERSON 9 compound
            9 Sokolov Sokolov _ NNP PERSON 6 conj
            10 , , _ , O 3 punct
            11 spoke speak _ VBD O 0 root
            """;

    @Test
    void namesCoordinatedWithADescribedNameShareItsDescription() {
        ActorResolver.Resolution r = RuleKit.resolver(ActorResolver.Settings.standard(), new AdjectiveAgent(),
                new Appositive(), new CoordinatedApposition()).resolveAll(RuleKit.document(OFFICIALS));
        assertThat(RuleKit.found(r.mentions(), "Ivan Petrov")).containsExactly("RUSGOV appositive");
        assertThat(RuleKit.found(r.mentions(), "Oleg Sokolov")).containsExactly("RUSGOV appositive");
        assertThat(r.discoveries()).extracting(Discovery::name).containsExactly("Ivan Petrov", "Oleg Sokolov");
    }

    @Test
    void withoutTheRuleOnlyTheFirstNameIsDescribed() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(OFFICIALS), new AdjectiveAgent(),
                new Appositive());
        assertThat(RuleKit.found(found, "Ivan Petrov")).containsExactly("RUSGOV appositive");
        assertThat(RuleKit.found(found, "Oleg Sokolov")).isEmpty();
    }
}
