package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryAppositionTest {
    private static final String YUSUF = """
            1 Ahmed Ahmed _ NNP PERSON 2 compound
            2 Yusuf Yusuf _ NNP PERSON 7 nsubj
            3 , , _ , O 2 punct
            4 a a _ DT O 5 det
            5 lawyer lawyer _ NN O 2 appos
            6 , , _ , O 2 punct
            7 criticized criticize _ VBD O 0 root
            """;

    @Test
    void aLocalTradeInAppositionMakesThePersonOfTheArticlesCountry() {
        ActorResolver.Resolution r = RuleKit.resolver(ActorResolver.Settings.standard(), new AdjectiveAgent(),
                new Appositive(), new StoryApposition()).resolveAll(RuleKit.document(RuleKit.SOMALI_STORY + YUSUF));
        assertThat(RuleKit.provenance(r.mentions(), "Ahmed Yusuf"))
                .containsExactly("SOMJUD article-country SOM+lawyer");
        assertThat(r.discoveries()).extracting(Discovery::name).containsExactly("Ahmed Yusuf");
    }

    @Test
    void withoutAnArticleCountryThePersonStaysUnknown() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(YUSUF), new AdjectiveAgent(), new Appositive(),
                new StoryApposition());
        assertThat(found).isEmpty();
    }

    @Test
    void withoutTheRuleThePersonStaysUnknown() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(RuleKit.SOMALI_STORY + YUSUF),
                new AdjectiveAgent(), new Appositive());
        assertThat(RuleKit.found(found, "Ahmed Yusuf")).isEmpty();
    }
}
