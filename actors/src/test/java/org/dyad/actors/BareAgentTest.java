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
}
