package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryInstitutionTest {
    private static final String PARLIAMENT = """
            1 Parliament parliament _ NNP ORGANIZATION 2 nsubj
            2 approved approve _ VBD O 0 root
            3 the the _ DT O 4 det
            4 budget budget _ NN O 2 obj
            """;

    @Test
    void aCapitalisedStateInstitutionIsTheArticlesCountrys() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(RuleKit.SOMALI_STORY + PARLIAMENT),
                new AdjectiveAgent(), new StoryInstitution());
        assertThat(RuleKit.provenance(found, "Parliament")).containsExactly("SOMLEG article-country SOM+parliament");
    }

    @Test
    void withoutTheRuleTheInstitutionStaysUnknown() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(RuleKit.SOMALI_STORY + PARLIAMENT),
                new AdjectiveAgent());
        assertThat(RuleKit.found(found, "Parliament")).isEmpty();
    }

    @Test
    void anAgentNounInLowerCaseIsNoInstitution() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(RuleKit.SOMALI_STORY + """
                1 The the _ DT O 2 det
                2 parliament parliament _ NN O 3 nsubj
                3 approved approve _ VBD O 0 root
                """), new AdjectiveAgent(), new StoryInstitution());
        assertThat(RuleKit.found(found, "parliament")).isEmpty();
    }

    @Test
    void underPetrarchConventionsItIsABareAgent() {
        List<ActorMention> found = RuleKit.resolver(ActorResolver.Settings.petrarch(), new AdjectiveAgent(),
                new BareAgent(), new StoryInstitution()).resolve(RuleKit.document(RuleKit.SOMALI_STORY + PARLIAMENT));
        assertThat(RuleKit.found(found, "Parliament")).containsExactly("---LEG bare-agent");
    }
}
