package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NationalityTest {
    private static final String MEHDIYEV = """
            1 Mehdiyev Mehdiyev _ NNP PERSON 7 nsubj
            2 , , _ , O 1 punct
            3 who who _ WP O 5 nsubj
            4 is be _ VBZ O 5 cop
            5 Azerbaijani Azerbaijani _ JJ O 1 acl:relcl
            6 , , _ , O 1 punct
            7 said say _ VBD O 0 root
            """;

    @Test
    void aRelativeClauseThatPredicatesANationalityGivesTheCountry() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(MEHDIYEV), new DictionaryName(),
                new Nationality());
        assertThat(RuleKit.provenance(found, "Mehdiyev")).containsExactly("AZE nationality AZE");
    }

    @Test
    void withoutTheRuleThePersonStaysUnknown() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(MEHDIYEV), new DictionaryName());
        assertThat(RuleKit.found(found, "Mehdiyev")).isEmpty();
    }

    @Test
    void aRelativeClauseWithoutACopulaSaysNoNationality() {
        PhraseReading r = RuleKit.reading(RuleKit.document("""
                1 Mehdiyev Mehdiyev _ NNP PERSON 6 nsubj
                2 , , _ , O 1 punct
                3 who who _ WP O 4 nsubj
                4 met meet _ VBD O 1 acl:relcl
                5 Azerbaijani Azerbaijani _ JJ O 4 obj
                6 said say _ VBD O 0 root
                """), Rule.Stage.HEAD, new DictionaryName());
        assertThat(new Nationality().code(RuleKit.phrase(r, "Mehdiyev"), r)).isEmpty();
    }
}
