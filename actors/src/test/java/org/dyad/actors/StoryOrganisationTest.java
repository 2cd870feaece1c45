package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryOrganisationTest {
    private static final String HORMUUD = """
            1 Hormuud Hormuud _ NNP ORGANIZATION 2 compound
            2 Telecom Telecom _ NNP ORGANIZATION 3 nsubj
            3 raised raise _ VBD O 0 root
            4 its its _ PRP$ O 5 nmod:poss
            5 prices price _ NNS O 3 obj
            """;

    @Test
    void anOrganisationNothingPlacesIsOfTheArticlesCountryWithItsTrade() {
        ActorResolver.Resolution r = RuleKit.resolver(ActorResolver.Settings.standard(), new AdjectiveAgent(),
                new StoryOrganisation()).resolveAll(RuleKit.document(RuleKit.SOMALI_STORY + HORMUUD));
        assertThat(RuleKit.provenance(r.mentions(), "Hormuud Telecom"))
                .containsExactly("SOMMED article-country SOM+Hormuud Telecom");
        assertThat(r.discoveries()).as("a guess is no discovery").isEmpty();
    }

    @Test
    void withoutAnArticleCountryTheOrganisationStaysUnknown() {
        assertThat(RuleKit.resolve(RuleKit.document(HORMUUD), new AdjectiveAgent(), new StoryOrganisation())).isEmpty();
    }

    @Test
    void withoutTheRuleTheOrganisationStaysUnknown() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(RuleKit.SOMALI_STORY + HORMUUD),
                new AdjectiveAgent());
        assertThat(RuleKit.found(found, "Hormuud Telecom")).isEmpty();
    }

    @Test
    void anOwnedOrganisationIsLeftToItsOwner() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(RuleKit.SOMALI_STORY + """
                1 Kenya Kenya _ NNP LOCATION 3 nmod:poss
                2 's 's _ POS O 1 case
                3 Ministry Ministry _ NNP ORGANIZATION 6 nsubj
                4 of of _ IN ORGANIZATION 5 case
                5 Health Health _ NNP ORGANIZATION 3 nmod
                6 said say _ VBD O 0 root
                """), new AdjectiveAgent(), new Owner(), new StoryOrganisation());
        assertThat(RuleKit.found(found, "Kenya 's Ministry of Health")).containsExactly("KEN owner");
    }
    @Test
    void theAcronymOfTheOrganisationStandsForItLaterInTheArticle() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(RuleKit.SOMALI_STORY + HORMUUD + """

                1 HT HT _ NNP ORGANIZATION 2 nsubj
                2 denied deny _ VBD O 0 root
                """), new DiscoveredName(), new AdjectiveAgent(), new StoryOrganisation());
        assertThat(RuleKit.found(found, "HT")).containsExactly("SOMMED discovered-name");
    }

    @Test
    void withoutTheDiscoveredNameRuleTheAcronymIsLeftToTheStoryAlone() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(RuleKit.SOMALI_STORY + HORMUUD + """

                1 HT HT _ NNP ORGANIZATION 2 nsubj
                2 denied deny _ VBD O 0 root
                """), new AdjectiveAgent(), new StoryOrganisation());
        assertThat(RuleKit.found(found, "HT")).containsExactly("SOM article-country");
    }
}
