package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryTitleTest {
    private static final String ALASOW = """
            1 Commissioner commissioner _ NNP O 3 compound
            2 Omar Omar _ NNP PERSON 3 compound
            3 Alasow Alasow _ NNP PERSON 4 nsubj
            4 said say _ VBD O 0 root
            """;

    @Test
    void anOfficialTitledWithoutACountryIsOfTheArticlesCountry() {
        ActorResolver.Resolution r = RuleKit.resolver(ActorResolver.Settings.standard(), new AdjectiveAgent(),
                new StoryTitle()).resolveAll(RuleKit.document(RuleKit.SOMALI_STORY + ALASOW));
        assertThat(RuleKit.provenance(r.mentions(), "Commissioner Omar Alasow"))
                .containsExactly("SOMGOV article-country SOM+commissioner");
        assertThat(r.discoveries()).extracting(Discovery::name).containsExactly("Omar Alasow");
    }

    @Test
    void withoutAnArticleCountryTheOfficialStaysUnknown() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(ALASOW), new AdjectiveAgent(), new StoryTitle());
        assertThat(found).isEmpty();
    }

    @Test
    void withoutTheRuleTheOfficialStaysUnknown() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(RuleKit.SOMALI_STORY + ALASOW),
                new AdjectiveAgent());
        assertThat(RuleKit.found(found, "Commissioner Omar Alasow")).isEmpty();
    }

    @Test
    void petrarchConventionsDoNotGuess() {
        List<ActorMention> found = RuleKit.resolver(ActorResolver.Settings.petrarch(), new AdjectiveAgent(),
                new StoryTitle()).resolve(RuleKit.document(RuleKit.SOMALI_STORY + ALASOW));
        assertThat(RuleKit.found(found, "Commissioner Omar Alasow")).isEmpty();
    }
}
