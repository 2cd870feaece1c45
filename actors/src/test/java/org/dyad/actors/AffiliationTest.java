package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AffiliationTest {
    private static final String KOVACS = """
            1 Anna Anna _ NNP PERSON 2 compound
            2 Kovacs Kovacs _ NNP PERSON 7 nsubj
            3 with with _ IN O 6 case
            4 Human Human _ NNP ORGANIZATION 6 compound
            5 Rights Rights _ NNPS ORGANIZATION 6 compound
            6 Watch Watch _ NNP ORGANIZATION 2 nmod
            7 said say _ VBD O 0 root
            """;

    @Test
    void aPersonWithAnOrganisationSpeaksForIt() {
        ActorResolver.Resolution r = RuleKit.resolver(ActorResolver.Settings.standard(), new DictionaryName(),
                new Affiliation()).resolveAll(RuleKit.document(KOVACS));
        assertThat(RuleKit.provenance(r.mentions(), "Anna Kovacs")).containsExactly("NGOHRI affiliation HRW");
        assertThat(RuleKit.found(r.mentions(), "Human Rights Watch")).containsExactly("NGOHRI dictionary-name");
        assertThat(r.discoveries()).extracting(Discovery::name).containsExactly("Anna Kovacs");
    }

    @Test
    void withoutTheRuleThePersonStaysUnknown() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(KOVACS), new DictionaryName(), new Appositive());
        assertThat(RuleKit.found(found, "Anna Kovacs")).isEmpty();
    }

    @Test
    void aPrepositionThatTiesNoOneIsNoAffiliation() {
        PhraseReading r = RuleKit.reading(RuleKit.document("""
                1 Anna Anna _ NNP PERSON 2 compound
                2 Kovacs Kovacs _ NNP PERSON 7 nsubj
                3 against against _ IN O 6 case
                4 Human Human _ NNP ORGANIZATION 6 compound
                5 Rights Rights _ NNPS ORGANIZATION 6 compound
                6 Watch Watch _ NNP ORGANIZATION 2 nmod
                7 said say _ VBD O 0 root
                """), Rule.Stage.HEAD, new DictionaryName());
        assertThat(new Affiliation().code(RuleKit.phrase(r, "Anna"), r)).isEmpty();
    }
}
