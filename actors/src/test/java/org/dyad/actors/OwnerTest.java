package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OwnerTest {
    private static final String MINISTRY = """
            1 Kenya Kenya _ NNP LOCATION 3 nmod:poss
            2 's 's _ POS O 1 case
            3 Ministry Ministry _ NNP ORGANIZATION 6 nsubj
            4 of of _ IN ORGANIZATION 5 case
            5 Health Health _ NNP ORGANIZATION 3 nmod
            6 said say _ VBD O 0 root
            """;

    @Test
    void anOrganisationTheDictionariesLackBelongsToTheCountryThatOwnsIt() {
        ActorResolver.Resolution r = RuleKit.resolver(ActorResolver.Settings.standard(), new Owner())
                .resolveAll(RuleKit.document(MINISTRY));
        assertThat(RuleKit.provenance(r.mentions(), "Kenya 's Ministry of Health"))
                .containsExactly("KEN owner KEN+Ministry of Health");
        assertThat(r.discoveries()).extracting(Discovery::name).containsExactly("Ministry of Health");
    }

    @Test
    void withoutTheRuleTheOrganisationHasNoCodeAndTheCountryStandsAlone() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(MINISTRY), new DictionaryName());
        assertThat(found).extracting(m -> m.actor().text() + " " + m.actor().code()).containsExactly("Kenya KEN");
    }

    @Test
    void aCountryThatOnlyLocatesTheOrganisationIsNoOwner() {
        PhraseReading r = RuleKit.reading(RuleKit.document(PlacedOrganisationTest.CLINIC), Rule.Stage.UNITS);
        assertThat(new Owner().code(RuleKit.phrase(r, "Mercy"), r)).isEmpty();
        assertThat(r.units()).filteredOn(u -> u.kind == Unit.Kind.ACTOR).allMatch(u -> !u.used());
    }
}
