package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.coding.ArgumentExtractor.Arguments;
import org.junit.jupiter.api.Test;

/** The one an arrest or a charge befalls is a suspect of the story's country. */
class SuspectsTest {
    private static final StepFixture FIXTURE = StepFixture.standard();
    private final PatternSelector selector = new PatternSelector(FIXTURE.verbs);
    private final ArgumentExtractor extractor = new ArgumentExtractor("test");

    private static final String FRODO_ARRESTED = """
            1 Frodo Frodo _ NNP PERSON 2 compound
            2 Baggins Baggins _ NNP PERSON 4 nsubj:pass
            3 was be _ VBD O 4 aux:pass
            4 arrested arrest _ VBN O 0 root
            """;

    private String arguments(SentenceView v, String trigger) {
        Occurrence o = FIXTURE.trigger(v, trigger);
        PatternSelector.Selection s = selector.select(v, o);
        Arguments a = Suspects.name(v, o, s.code(), extractor.extract(v, o, s, CoderSettings.defaults()), "test");
        return "sources " + codes(a.sources()) + " | targets " + codes(a.targets());
    }

    private static String codes(List<ArgumentExtractor.Argument> args) {
        return String.join(" ", args.stream().map(x -> x.mention().actor().code() + ":" + x.mention().actor().name()
                + ":" + x.strategy().id()).toList());
    }

    @Test
    void aNamedPersonArrestedIsASuspectOfTheStorysCountryArrestedByItsPolice() {
        assertThat(arguments(FIXTURE.view(FRODO_ARRESTED, "GON"), "arrested"))
                .isEqualTo("sources GONCOP:police:implicit-agent | targets GONCRM:Frodo Baggins:suspect");
    }

    @Test
    void withoutAStoryCountryThereIsNoSuspect() {
        assertThat(arguments(FIXTURE.view(FRODO_ARRESTED), "arrested")).isEqualTo("sources  | targets ");
    }

    @Test
    void anActorArrestedKeepsItsCode() {
        assertThat(arguments(FIXTURE.view("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 arrested arrest _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 2 obj
                """, "GON"), "arrested")).isEqualTo("sources ARN:Arnor:subject | targets GON:Gondor:argument");
    }

    @Test
    void aParticipleCoordinatedWithAPassiveIsPassiveToo() {
        // "Frodo Baggins was identified and arrested": the police arrested him
        assertThat(arguments(FIXTURE.view("""
                1 Frodo Frodo _ NNP PERSON 2 compound
                2 Baggins Baggins _ NNP PERSON 4 nsubj:pass
                3 was be _ VBD O 4 aux:pass
                4 identified identify _ VBN O 0 root
                5 and and _ CC O 6 cc
                6 arrested arrest _ VBN O 4 conj
                """, "GON"), "arrested")).isEqualTo("sources GONCOP:police:implicit-agent | targets ");
    }
}
