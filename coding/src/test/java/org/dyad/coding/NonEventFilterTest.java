package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.dyad.coding.NonEventFilter.Reason;
import org.junit.jupiter.api.Test;

/** Triggers that tell of no event: conditions, claims, roles and questions. */
class NonEventFilterTest {
    private static final StepFixture FIXTURE = StepFixture.standard();

    private static Optional<Reason> reason(String conllu, String trigger) {
        SentenceView v = FIXTURE.view(conllu);
        return NonEventFilter.reason(v, FIXTURE.trigger(v, trigger).head());
    }

    @Test
    void aPlainActionIsAnEvent() {
        assertThat(reason("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 attacked attack _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 2 obj
                """, "attacked")).isEmpty();
    }

    @Test
    void anActionUnderAConditionIsNone() {
        // "Arnor will retaliate if Gondor attacks Mordor"
        assertThat(reason("""
                1 Arnor Arnor _ NNP LOCATION 3 nsubj
                2 will will _ MD O 3 aux
                3 retaliate retaliate _ VB O 0 root
                4 if if _ IN O 6 mark
                5 Gondor Gondor _ NNP LOCATION 6 nsubj
                6 attacks attack _ VBZ O 3 advcl
                7 Mordor Mordor _ NNP LOCATION 6 obj
                """, "attacks")).contains(Reason.CONDITION);
        // "... other actions if Gondor attacks Mordor", the clause left as a bare dep of a noun
        assertThat(reason("""
                1 other other _ JJ O 2 amod
                2 actions action _ NNS O 0 root
                3 if if _ IN O 5 mark
                4 Gondor Gondor _ NNP LOCATION 5 nsubj
                5 attacks attack _ VBZ O 2 dep
                6 Mordor Mordor _ NNP LOCATION 5 obj
                """, "attacks")).contains(Reason.CONDITION);
    }

    @Test
    void theContentOfAClaimIsNone() {
        // "Eriador's charges that Gondor attacked Mordor"
        assertThat(reason("""
                1 Eriador Eriador _ NNP LOCATION 3 nmod:poss
                2 's 's _ POS O 1 case
                3 charges charge _ NNS O 0 root
                4 that that _ IN O 6 mark
                5 Gondor Gondor _ NNP LOCATION 6 nsubj
                6 attacked attack _ VBD O 3 acl
                7 Mordor Mordor _ NNP LOCATION 6 obj
                """, "attacked")).contains(Reason.CLAIM);
    }

    @Test
    void aRelativeClauseInTheSimplePresentOnACommonNounSaysWhatAKindOfThingDoes() {
        // "a militia that attacks Gondor": what such a militia does, not an event
        assertThat(reason("""
                1 a a _ DT O 2 det
                2 militia militia _ NN O 0 root
                3 that that _ WDT O 4 nsubj
                4 attacks attack _ VBZ O 2 acl:relcl
                5 Gondor Gondor _ NNP LOCATION 4 obj
                """, "attacks")).contains(Reason.ROLE);
        // "a militia that attacked Gondor": an event
        assertThat(reason("""
                1 a a _ DT O 2 det
                2 militia militia _ NN O 0 root
                3 that that _ WDT O 4 nsubj
                4 attacked attack _ VBD O 2 acl:relcl
                5 Gondor Gondor _ NNP LOCATION 4 obj
                """, "attacked")).isEmpty();
        // "Arnor, which attacks Gondor": a named actor's present act is not a kind's habit
        assertThat(reason("""
                1 Arnor Arnor _ NNP LOCATION 0 root
                2 , , _ , O 1 punct
                3 which which _ WDT O 4 nsubj
                4 attacks attack _ VBZ O 1 acl:relcl
                5 Gondor Gondor _ NNP LOCATION 4 obj
                """, "attacks")).isEmpty();
    }

    @Test
    void aDescriptionOfSomeonesRoleIsNone() {
        // "Eriador, attacking for Gondor, rejected the plan": a participle set off by a comma describes
        assertThat(reason("""
                1 Eriador Eriador _ NNP LOCATION 6 nsubj
                2 , , _ , O 3 punct
                3 attacking attack _ VBG O 1 acl
                4 for for _ IN O 5 case
                5 Gondor Gondor _ NNP LOCATION 3 obl
                6 rejected reject _ VBD O 0 root
                7 the the _ DT O 8 det
                8 plan plan _ NN O 6 obj
                """, "attacking")).contains(Reason.ROLE);
    }

    @Test
    void theMainVerbOfAQuestionIsNone() {
        assertThat(reason("""
                1 Will will _ MD O 3 aux
                2 Arnor Arnor _ NNP LOCATION 3 nsubj
                3 attack attack _ VB O 0 root
                4 Gondor Gondor _ NNP LOCATION 3 obj
                5 ? ? _ . O 3 punct
                """, "attack")).contains(Reason.QUESTION);
    }
}
