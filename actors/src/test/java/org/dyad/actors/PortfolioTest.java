package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The "for" of a noun of mission names its portfolio, not whom the person speaks for. */
class PortfolioTest {
    private static String sentence(String noun) {
        return """
                1 The the _ DT O 2 det
                2 %1$s %1$s _ NN O 5 nsubj
                3 for for _ IN O 4 case
                4 Arnor Arnor _ NNP LOCATION 2 nmod
                5 said say _ VBD O 0 root
                """.formatted(noun);
    }

    @Test
    void anEnvoyForACountryIsNotThatCountrysOfficial() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(sentence("envoy")), new DictionaryName(),
                new AdjectiveAgent(), new Affiliation());
        assertThat(found).extracting(m -> m.actor().code()).doesNotContain("ARNGOV");
        assertThat(RuleKit.found(found, "Arnor")).containsExactly("ARN dictionary-name");
    }

    @Test
    void anOfficialForACountrySpeaksForIt() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(sentence("official")), new DictionaryName(),
                new AdjectiveAgent(), new Affiliation());
        assertThat(found).extracting(m -> m.actor().code()).contains("ARNGOV");
    }

    @Test
    void theMissionNounsSayWhoseForIsAPortfolio() {
        PhraseReading envoy = RuleKit.reading(RuleKit.document(sentence("envoy")), Rule.Stage.HEAD, new DictionaryName());
        PhraseReading official = RuleKit.reading(RuleKit.document(sentence("official")), Rule.Stage.HEAD,
                new DictionaryName());
        assertThat(envoy.portfolio(3)).isTrue();
        assertThat(official.portfolio(3)).isFalse();
        assertThat(envoy.portfolio(1)).as("the noun itself is no portfolio").isFalse();
    }
}
