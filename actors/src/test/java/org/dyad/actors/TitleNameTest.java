package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleNameTest {
    private static final String KAHL = """
            1 German German _ JJ O 3 amod
            2 intelligence intelligence _ NN O 3 compound
            3 chief chief _ NN O 5 compound
            4 Bruno Bruno _ NNP PERSON 5 compound
            5 Kahl Kahl _ NNP PERSON 6 nsubj
            6 said say _ VBD O 0 root
            """;

    @Test
    void aPersonTheDictionaryLacksTakesTheTitlesCountryAndSector() {
        ActorResolver.Resolution r = RuleKit.resolver(ActorResolver.Settings.standard(), new TitleName())
                .resolveAll(RuleKit.document(KAHL));
        assertThat(RuleKit.provenance(r.mentions(), "German intelligence chief Bruno Kahl"))
                .containsExactly("DEUSPY title-name DEU+intelligence chief");
        assertThat(r.mentions().get(0).actor().name()).isEqualTo("Bruno Kahl");
        assertThat(r.discoveries()).extracting(Discovery::name, Discovery::code, Discovery::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bruno Kahl", "DEUSPY", "title-name"));
    }

    @Test
    void withoutTheRuleTheTitleStandsApartFromTheName() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(KAHL), new DictionaryName(),
                new AdjectiveAgent());
        assertThat(found).extracting(m -> m.actor().text()).doesNotContain("German intelligence chief Bruno Kahl");
    }

    @Test
    void aKnownPersonKeepsARoleOfTheTitlesCountryAtLeastAsSpecific() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document("""
                1 Russian Russian _ JJ O 2 amod
                2 official official _ NN O 4 compound
                3 Sergey Sergey _ NNP PERSON 4 compound
                4 Lavrov Lavrov _ NNP PERSON 5 nsubj
                5 spoke speak _ VBD O 0 root
                """), new TitleName());
        assertThat(RuleKit.provenance(found, "Russian official Sergey Lavrov"))
                .containsExactly("RUSGOV title-name SERGEY_LAVROV");
    }

    @Test
    void aMoreSpecificTitleGivesTheTitlesCode() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document("""
                1 Russian Russian _ JJ O 4 amod
                2 Foreign Foreign _ NNP O 3 compound
                3 Minister Minister _ NNP O 5 compound
                4 Sergey Sergey _ NNP PERSON 5 compound
                5 Lavrov Lavrov _ NNP PERSON 6 nsubj
                6 spoke speak _ VBD O 0 root
                """), new TitleName());
        assertThat(RuleKit.provenance(found, "Russian Foreign Minister Sergey Lavrov"))
                .containsExactly("RUSGOVFRM title-name SERGEY_LAVROV+foreign minister");
    }

    @Test
    void anOrganisationAfterOfInsideThePersonsPhraseIsATitleToo() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document("""
                1 Daniel Daniel _ NNP PERSON 2 compound
                2 Fried Fried _ NNP PERSON 7 nsubj
                3 of of _ IN O 6 case
                4 Human Human _ NNP ORGANIZATION 6 compound
                5 Rights Rights _ NNPS ORGANIZATION 6 compound
                6 Watch Watch _ NNP ORGANIZATION 2 nmod
                7 said say _ VBD O 0 root
                """), new TitleName());
        assertThat(RuleKit.found(found, "Daniel Fried of Human Rights Watch")).containsExactly("NGOHRI title-name");
    }

    @Test
    void aNameWithoutActorsIsNotClaimed() {
        PhraseReading r = RuleKit.reading(RuleKit.document("""
                1 Bruno Bruno _ NNP PERSON 2 compound
                2 Kahl Kahl _ NNP PERSON 3 nsubj
                3 said say _ VBD O 0 root
                """), Rule.Stage.UNITS);
        assertThat(new TitleName().code(RuleKit.phrase(r, "Bruno"), r)).isEmpty();
    }

    @Test
    void aTitleWhoseCountryHasNoRoleOnTheDateClaimsThePersonWithoutACode() {
        PhraseReading r = RuleKit.reading(RuleKit.document("""
                1 Soviet Soviet _ JJ O 2 amod
                2 official official _ NN O 4 compound
                3 Ivan Ivan _ NNP PERSON 4 compound
                4 Petrov Petrov _ NNP PERSON 5 nsubj
                5 spoke speak _ VBD O 0 root
                """), Rule.Stage.UNITS);
        assertThat(new TitleName().code(RuleKit.phrase(r, "Ivan"), r)).hasValue(List.of());
    }
}
