package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryAgentTest {
    private static final String TROOPS_AND_RESIDENTS = """
            1 Troops troop _ NNS O 2 nsubj
            2 attacked attack _ VBD O 0 root
            3 residents resident _ NNS O 2 obj
            """;

    @Test
    void anAgentOfNoCountryIsOfTheStorysCountry() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(RuleKit.SOMALI_STORY + TROOPS_AND_RESIDENTS),
                new AdjectiveAgent(), new StoryAgent());
        assertThat(RuleKit.provenance(found, "Troops")).containsExactly("SOMMIL story-agent SOM+troops");
        assertThat(RuleKit.provenance(found, "residents")).containsExactly("SOMCVL story-agent SOM+residents");
    }

    @Test
    void withoutTheRuleOrWithoutACountryTheAgentStaysUnknown() {
        assertThat(RuleKit.found(RuleKit.resolve(RuleKit.document(RuleKit.SOMALI_STORY + TROOPS_AND_RESIDENTS),
                new AdjectiveAgent()), "Troops")).isEmpty();
        assertThat(RuleKit.found(RuleKit.resolve(RuleKit.document(TROOPS_AND_RESIDENTS), new AdjectiveAgent(),
                new StoryAgent()), "Troops")).isEmpty();
    }

    @Test
    void anAgentWithItsOwnCountryKeepsIt() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(RuleKit.SOMALI_STORY + """
                1 Kenyan Kenyan _ JJ O 2 amod
                2 troops troop _ NNS O 3 nsubj
                3 attacked attack _ VBD O 0 root
                """), new AdjectiveAgent(), new StoryAgent());
        assertThat(RuleKit.found(found, "Kenyan troops")).containsExactly("KENMIL adjective-agent");
    }

    @Test
    void underPetrarchConventionsItIsABareAgent() {
        List<ActorMention> found = RuleKit.resolver(ActorResolver.Settings.petrarch(), new AdjectiveAgent(),
                new BareAgent(), new StoryAgent()).resolve(RuleKit.document(RuleKit.SOMALI_STORY + TROOPS_AND_RESIDENTS));
        assertThat(RuleKit.found(found, "Troops")).containsExactly("---MIL bare-agent");
    }

    @Test
    void anAgentSaidToComeFromElsewhereIsNotOfTheStorysCountry() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(RuleKit.SOMALI_STORY + """
                1 Foreign foreign _ JJ O 2 amod
                2 creditors creditor _ NNS O 3 nsubj
                3 refused refuse _ VBD O 0 root
                4 international international _ JJ O 5 amod
                5 observers observer _ NNS O 3 obj
                """), new AdjectiveAgent(), new StoryAgent());
        assertThat(found).noneMatch(m -> m.actor().text().contains("creditors")
                || m.actor().text().contains("observers"));
        List<ActorMention> home = RuleKit.resolve(RuleKit.document(RuleKit.SOMALI_STORY + """
                1 Creditors creditor _ NNS O 2 nsubj
                2 refused refuse _ VBD O 0 root
                """), new AdjectiveAgent(), new StoryAgent());
        assertThat(RuleKit.found(home, "Creditors")).containsExactly("SOMBUS story-agent");
    }

    @Test
    void anAdjectiveInsideTheAgentsOwnNameIsNoPlaceElsewhere() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(RuleKit.SOMALI_STORY + """
                1 The the _ DT O 3 det
                2 foreign foreign _ JJ O 3 amod
                3 minister minister _ NN O 4 nsubj
                4 said say _ VBD O 0 root
                """), new AdjectiveAgent(), new StoryAgent());
        assertThat(RuleKit.found(found, "foreign minister")).containsExactly("SOMGOVFRM story-agent");
    }

    @Test
    void thePluralOfAnInstitutionACountryHasOneOfNamesSeveralCountries() {
        String governments = RuleKit.SOMALI_STORY + """
                1 Officials official _ NNS O 2 nsubj
                2 told tell _ VBD O 0 root
                3 national national _ JJ O 4 amod
                4 governments government _ NNS O 2 obj
                """;
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(governments), new AdjectiveAgent(),
                new StoryAgent());
        assertThat(RuleKit.found(found, "Officials")).containsExactly("SOMGOV story-agent");
        assertThat(found).noneMatch(m -> m.actor().text().contains("governments"));
        List<ActorMention> one = RuleKit.resolve(RuleKit.document(governments
                .replace("4 governments government _ NNS", "4 government government _ NN")), new AdjectiveAgent(),
                new StoryAgent());
        assertThat(one).anyMatch(m -> m.actor().text().equals("government") && m.actor().code().equals("SOMGOV"));
    }
}
