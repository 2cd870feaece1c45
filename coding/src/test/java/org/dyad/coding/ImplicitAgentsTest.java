package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The agent a passive leaves unsaid: the police, a court, or attackers unknown. */
class ImplicitAgentsTest {
    private static final StepFixture FIXTURE = StepFixture.standard();
    private final PatternSelector selector = new PatternSelector(FIXTURE.verbs);
    private final ArgumentExtractor extractor = new ArgumentExtractor("test");

    private static final String OFFICIALS_ATTACKED = """
            1 Gondor Gondor _ NNP LOCATION 2 compound
            2 officials official _ NNS O 4 nsubj:pass
            3 were be _ VBD O 4 aux:pass
            4 attacked attack _ VBN O 0 root
            """;

    private String arguments(String conllu) {
        SentenceView v = FIXTURE.view(conllu, "GON");
        Occurrence o = FIXTURE.trigger(v, "attacked");
        ArgumentExtractor.Arguments a = extractor.extract(v, o, selector.select(v, o), CoderSettings.defaults());
        return "sources " + codes(a.sources()) + " | targets " + codes(a.targets());
    }

    private static String codes(List<ArgumentExtractor.Argument> args) {
        return String.join(" ", args.stream().map(x -> x.mention().actor().code() + ":" + x.strategy().id()).toList());
    }

    @Test
    void anUnclaimedAttackOnTheStatesOfficialsIsByAttackersUnknown() {
        assertThat(arguments(OFFICIALS_ATTACKED)).isEqualTo("sources ---UAF:implicit-agent | targets GONGOV:passive-subject");
    }

    @Test
    void anAttackerNamedIsTheSource() {
        assertThat(arguments(OFFICIALS_ATTACKED + """
                5 by by _ IN O 6 case
                6 Mordor Mordor _ NNP LOCATION 4 obl:agent
                """)).isEqualTo("sources MOR:passive-agent | targets GONGOV:passive-subject");
    }

    @Test
    void anAccidentOrAnAttackOnCiviliansNamesNoAttacker() {
        assertThat(arguments(OFFICIALS_ATTACKED + """
                5 in in _ IN O 7 case
                6 a a _ DT O 7 det
                7 crash crash _ NN O 4 obl
                """)).isEqualTo("sources  | targets GONGOV:passive-subject");
        assertThat(arguments("""
                1 Frodo Frodo _ NNP PERSON 2 compound
                2 Baggins Baggins _ NNP PERSON 4 nsubj:pass
                3 was be _ VBD O 4 aux:pass
                4 attacked attack _ VBN O 0 root
                """)).startsWith("sources  |");
    }
}
