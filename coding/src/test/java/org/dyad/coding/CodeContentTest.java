package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The code of a verb's sense made to say what the sentence says. */
class CodeContentTest {
    private static final StepFixture FIXTURE = StepFixture.standard();
    private final PatternSelector selector = new PatternSelector(FIXTURE.verbs);

    private CodePair refined(String conllu, String trigger) {
        SentenceView v = FIXTURE.view(conllu);
        Occurrence o = FIXTURE.trigger(v, trigger);
        return CodeContent.refine(v, o, selector.select(v, o, true)).code();
    }

    @Test
    void coercionWithAnEconomicMeasureIsASanction() {
        // "Arnor punished Gondor with tariffs"
        assertThat(refined("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 punished punish _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 2 obj
                4 with with _ IN O 5 case
                5 tariffs tariff _ NNS O 2 obl
                """, "punished")).isEqualTo(CodePair.of("163"));
        // "tariffs attacking Gondor": the measure the verb modifies
        assertThat(refined("""
                1 tariffs tariff _ NNS O 0 root
                2 attacking attack _ VBG O 1 acl
                3 Gondor Gondor _ NNP LOCATION 2 obj
                """, "attacking")).isEqualTo(CodePair.of("163"));
        // "Arnor punished Gondor with troops": force stays force
        assertThat(refined("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 punished punish _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 2 obj
                4 with with _ IN O 5 case
                5 troops troop _ NNS O 2 obl
                """, "punished")).isEqualTo(CodePair.of("170"));
    }

    @Test
    void aStatementWhoseClauseObligesIsADemand() {
        assertThat(refined("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 said say _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 5 nsubj
                4 must must _ MD O 5 aux
                5 withdraw withdraw _ VB O 2 ccomp
                """, "said")).isEqualTo(CodePair.of("100"));
    }

    @Test
    void anAttackTakesTheCodeOfItsWeapon() {
        // "Arnor attacked Gondor with missiles": aerial weapons
        String with = """
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 attacked attack _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 2 obj
                4 with with _ IN O 5 case
                5 missiles missile _ NNS O 2 obl
                """;
        assertThat(refined(with, "attacked")).isEqualTo(CodePair.of("195"));
        assertThat(refined(with.replace("missiles missile", "bombs bomb"), "attacked")).isEqualTo(CodePair.of("183"));
        assertThat(refined(with.replace("missiles missile", "troops troop"), "attacked")).isEqualTo(CodePair.of("190"));
        // "Arnor attacked Gondor after mines blew up a truck": the weapon of the clause that tells how
        assertThat(refined("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 attacked attack _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 2 obj
                4 after after _ IN O 6 mark
                5 mines mine _ NNS O 6 nsubj
                6 blew blow _ VBD O 2 advcl
                7 up up _ RP O 6 compound:prt
                8 a a _ DT O 9 det
                9 truck truck _ NN O 6 obj
                """, "attacked")).isEqualTo(CodePair.of("183"));
    }
}
