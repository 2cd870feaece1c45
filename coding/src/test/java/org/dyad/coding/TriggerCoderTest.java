package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.ontology.Cameo;
import org.junit.jupiter.api.Test;

/** One trigger through selection, arguments and modality, paired into codings whose provenance names each step. */
class TriggerCoderTest {
    private static final StepFixture FIXTURE = StepFixture.standard();
    private final TriggerCoder coder = new TriggerCoder(FIXTURE.verbs, Cameo.standard(), "test");

    private TriggerCoder.Coded code(String conllu, String trigger, CoderSettings settings) {
        SentenceView v = FIXTURE.view(conllu);
        return coder.code(v, FIXTURE.trigger(v, trigger), settings);
    }

    /** "ARN GON 064 (verb source=subject target=argument)" for each coding. */
    private List<String> codings(String conllu, String trigger, CoderSettings settings) {
        return code(conllu, trigger, settings).codings().stream()
                .map(c -> c.source().code() + " " + c.targetCode() + " " + c.code()
                        + " (" + c.provenance().rule() + ")")
                .toList();
    }

    private List<String> codings(String conllu, String trigger) {
        return codings(conllu, trigger, CoderSettings.defaults());
    }

    @Test
    void eachCodingNamesTheSelectionRuleAndTheStrategiesOfItsActors() {
        TriggerCoder.Coded coded = code("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 restored restore _ VBD O 0 root
                3 ties tie _ NNS O 2 obj
                4 with with _ IN O 5 case
                5 Gondor Gondor _ NNP LOCATION 3 nmod
                """, "restored", CoderSettings.defaults());
        assertThat(coded.codings()).singleElement().satisfies(c -> {
            assertThat(c.provenance().rule()).isEqualTo("verb source=subject target=argument");
            assertThat(c.provenance().entry()).startsWith("RESTORE test.verbs.dyad:");
            assertThat(c.provenance().version()).isEqualTo("test");
            assertThat(c.trigger().text()).isEqualTo("restored");
            assertThat(c.reportedBy()).isEmpty();
        });
        assertThat(coded.sources()).extracting(m -> m.actor().code()).containsExactly("ARN");
    }

    @Test
    void aReverseCodeGoesBackFromTheTargetWithTheStrategiesSwapped() {
        assertThat(codings("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 visited visit _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 2 obj
                """, "visited")).containsExactly("ARN GON 042 (verb source=subject target=argument)",
                "GON ARN 043 (verb source=argument target=subject)");
    }

    @Test
    void theMembersOfACompoundActOnEachOther() {
        assertThat(codings("""
                1 Gondor Gondor _ NNP LOCATION 5 nsubj
                2 and and _ CC O 3 cc
                3 Osgiliath Osgiliath _ NNP LOCATION 1 conj
                4 have have _ VBP O 5 aux
                5 delayed delay _ VBN O 0 root
                6 their their _ PRP$ O 7 nmod:poss
                7 meeting meeting _ NN O 5 obj
                """, "delayed")).containsExactly("GON OSG 191 (pattern source=pattern target=pattern)",
                "OSG GON 191 (pattern source=pattern target=pattern)");
    }

    @Test
    void anIntendedActionIsCodedAsIntentAndANegatedOneNotAtAll() {
        assertThat(codings("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj 2:nsubj|4:nsubj:xsubj
                2 expected expect _ VBD O 0 root
                3 to to _ TO O 4 mark
                4 meet meet _ VB O 2 xcomp
                5 Gondor Gondor _ NNP LOCATION 4 obj
                """, "meet")).containsExactly("ARN GON 036 (verb+intent source=subject target=argument)");
        TriggerCoder.Coded negated = code("""
                1 Arnor Arnor _ NNP LOCATION 4 nsubj
                2 did do _ VBD O 4 aux
                3 not not _ RB O 4 advmod
                4 attack attack _ VB O 0 root
                5 Gondor Gondor _ NNP LOCATION 4 obj
                """, "attack", CoderSettings.defaults());
        assertThat(negated.codings()).isEmpty();
        // who did not act is still known, for the clause that may report it
        assertThat(negated.sources()).extracting(m -> m.actor().code()).containsExactly("ARN");
    }

    @Test
    void aCountryActingOnItselfFoundBySearchIsNoEvent() {
        assertThat(codings("""
                1 Arnor Arnor _ NNP LOCATION 2 compound
                2 officials official _ NNS O 3 nsubj
                3 criticized criticize _ VBD O 0 root
                4 Arnor Arnor _ NNP LOCATION 3 obj
                """, "criticized")).isEmpty();
    }

    @Test
    void whetherAnActionMayLackATargetFollowsTheSettingsAndTheTrigger() {
        String verb = """
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 criticized criticize _ VBD O 0 root
                3 everyone everyone _ NN O 2 obj
                """;
        assertThat(codings(verb, "criticized")).isEmpty();
        assertThat(codings(verb, "criticized", CoderSettings.defaults().withRequireTarget(false)))
                .containsExactly("ARN --- 111 (verb source=subject)");
        // an event noun whose type needs no recipient codes alone by default
        assertThat(codings("""
                1 Mordor Mordor _ NNP LOCATION 3 nmod:poss
                2 's 's _ POS O 1 case
                3 demands demand _ NNS O 0 root
                """, "demands")).containsExactly("MOR --- 100 (verb source=noun-possessor)");
        // a verb that reports a clause is a statement, not an act without a target
        assertThat(codings("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 criticized criticize _ VBD O 0 root
                3 that that _ IN O 5 mark
                4 it it _ PRP O 5 nsubj
                5 failed fail _ VBD O 2 ccomp
                """, "criticized", CoderSettings.defaults().withRequireTarget(false))).isEmpty();
    }

    @Test
    void aRetreatFromAnInternationalOrganisationIsLeavingIt() {
        String withdrew = """
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 withdrew withdraw _ VBD O 0 root
                3 from from _ IN O 4 case
                4 League League _ NNP ORGANIZATION 2 obl
                """;
        assertThat(codings(withdrew, "withdrew")).containsExactly("ARN IGOLEA 161 (verb source=subject target=argument)");
        assertThat(codings(withdrew.replace("League League _ NNP ORGANIZATION", "Gondor Gondor _ NNP LOCATION"),
                "withdrew")).containsExactly("ARN GON 0874 (verb source=subject target=argument)");
    }
}
