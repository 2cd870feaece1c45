package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BareAgentTest {
    private static final String OFFICIALS = """
            1 Officials official _ NNS O 2 nsubj
            2 said say _ VBD O 0 root
            """;

    @Test
    void underPetrarchConventionsAnAgentWithoutACountryHasTheUnknownRoot() {
        List<ActorMention> found = RuleKit.resolver(ActorResolver.Settings.petrarch(), new AdjectiveAgent(),
                new BareAgent()).resolve(RuleKit.document(OFFICIALS));
        assertThat(RuleKit.provenance(found, "Officials")).containsExactly("---GOV bare-agent officials");
    }

    @Test
    void dyadsOwnSettingsLeaveItWithoutACode() {
        assertThat(RuleKit.resolve(RuleKit.document(OFFICIALS), new AdjectiveAgent(), new BareAgent())).isEmpty();
    }

    @Test
    void anAgentWithACountryIsLeftToTheAdjectiveAgentRule() {
        List<ActorMention> found = RuleKit.resolver(ActorResolver.Settings.petrarch(), new AdjectiveAgent(),
                new BareAgent()).resolve(RuleKit.document("""
                        1 Russian Russian _ JJ O 2 amod
                        2 officials official _ NNS O 3 nsubj
                        3 said say _ VBD O 0 root
                        """));
        assertThat(RuleKit.found(found, "Russian officials")).containsExactly("RUSGOV adjective-agent");
    }

    @Test
    void underDyadsSettingsUnaffiliatedArmedForcesHaveTheUnknownRoot() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(RuleKit.SOMALI_STORY + """
                1 Militants militant _ NNS O 2 nsubj
                2 attacked attack _ VBD O 0 root
                3 officials official _ NNS O 2 obj
                """), new AdjectiveAgent(), new StoryAgent(), new BareArmedAgent());
        assertThat(RuleKit.provenance(found, "Militants")).containsExactly("---UAF bare-agent militants");
        assertThat(RuleKit.found(found, "officials")).containsExactly("SOMGOV story-agent");
    }

    @Test
    void armedForcesOfANamedCountryKeepIt() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document("""
                1 Somali Somali _ JJ O 2 amod
                2 militants militant _ NNS O 3 nsubj
                3 attacked attack _ VBD O 0 root
                """), new AdjectiveAgent(), new BareArmedAgent());
        assertThat(RuleKit.found(found, "Somali militants")).containsExactly("SOMUAF adjective-agent");
    }

    @Test
    void underPetrarchConventionsTheRuleIsOffForBareAgentGivesTheCode() {
        assertThat(RuleKit.resolver(ActorResolver.Settings.petrarch(), new AdjectiveAgent(), new BareArmedAgent())
                .resolve(RuleKit.document("""
                        1 Gunmen gunman _ NNS O 2 nsubj
                        2 fired fire _ VBD O 0 root
                        """))).isEmpty();
    }

    private static final String GUNMEN_STORMED = """
            1 Gunmen gunman _ NNS O 2 nsubj
            2 stormed storm _ VBD O 0 root
            3 the the _ DT O 4 det
            4 hotel hotel _ NN O 2 obj

            """;

    @Test
    void armedForcesReferToTheOneArmedGroupTheArticleNames() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(GUNMEN_STORMED + """
                1 al-Shabaab al-Shabaab _ NNP ORGANIZATION 2 nsubj
                2 claimed claim _ VBD O 0 root
                """), new DictionaryName(), new AdjectiveAgent(), new StoryAgent(), new BareArmedAgent());
        assertThat(RuleKit.provenance(found, "Gunmen"))
                .containsExactly("SOMREB definite-description gunmen=al-Shabaab");
    }

    @Test
    void whenTheArticleNamesSeveralArmedGroupsWhichOneIsMeantIsLeftOpen() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(GUNMEN_STORMED + """
                1 al-Shabaab al-Shabaab _ NNP ORGANIZATION 7 nsubj
                2 and and _ CC O 6 cc
                3 the the _ DT O 6 det
                4 Baloch Baloch _ NNP ORGANIZATION 6 compound
                5 Liberation Liberation _ NNP ORGANIZATION 6 compound
                6 Army Army _ NNP ORGANIZATION 1 conj
                7 denied deny _ VBD O 0 root
                """), new DictionaryName(), new AdjectiveAgent(), new StoryAgent(), new BareArmedAgent());
        assertThat(RuleKit.found(found, "Baloch Liberation Army")).containsExactly("PAKREB dictionary-name");
        assertThat(RuleKit.found(found, "Gunmen")).isEmpty();
    }
}
