package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.coding.ArgumentExtractor.Arguments;
import org.junit.jupiter.api.Test;

/** Who takes part: the addressee of a bare statement, and no modifier of a thing. */
class ParticipantsTest {
    private static final StepFixture FIXTURE = StepFixture.standard();
    private final PatternSelector selector = new PatternSelector(FIXTURE.verbs);
    private final ArgumentExtractor extractor = new ArgumentExtractor("test");

    /** The sources kept of those extracted. */
    private List<String> sources(String conllu, String trigger) {
        SentenceView v = FIXTURE.view(conllu);
        Occurrence o = FIXTURE.trigger(v, trigger);
        PatternSelector.Selection s = selector.select(v, o);
        Arguments a = extractor.extract(v, o, s, CoderSettings.defaults());
        return Participants.screen(v, o, s.code(), a).sources().stream()
                .map(x -> x.mention().actor().code()).toList();
    }

    private List<String> targets(String conllu, String trigger) {
        return targets(conllu, trigger, CoderSettings.defaults());
    }

    /** The targets kept of those extracted under {@code settings}. */
    private List<String> targets(String conllu, String trigger, CoderSettings settings) {
        SentenceView v = FIXTURE.view(conllu);
        Occurrence o = FIXTURE.trigger(v, trigger);
        PatternSelector.Selection s = selector.select(v, o);
        Arguments a = extractor.extract(v, o, s, settings);
        return Participants.screen(v, o, s.code(), a).targets().stream()
                .map(x -> x.mention().actor().code()).toList();
    }

    @Test
    void aStatementIsAnEventTowardWhomItIsAddressedOnly() {
        // "Arnor said Gondor failed": Gondor is what is said, not whom it is said to
        assertThat(targets("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 said say _ VBD O 0 root
                3 to to _ IN O 4 case
                4 Osgiliath Osgiliath _ NNP LOCATION 2 obl
                5 that that _ IN O 7 mark
                6 Gondor Gondor _ NNP LOCATION 7 nsubj
                7 failed fail _ VBD O 2 ccomp
                """, "said")).containsExactly("OSG");
        assertThat(targets("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 said say _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 4 nsubj
                4 failed fail _ VBD O 2 ccomp
                """, "said")).isEmpty();
    }

    @Test
    void anAgentNounThatOnlyDescribesAThingIsNoTarget() {
        // "Arnor attacked the officials' convoy" keeps the owners; "Arnor attacked the government convoy"
        // (an agent noun used as a modifier of a thing) is no attack on a government
        assertThat(targets("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 attacked attack _ VBD O 0 root
                3 the the _ DT O 5 det
                4 government government _ NN O 5 compound
                5 convoy convoy _ NN O 2 obj
                """, "attacked")).isEmpty();
    }

    @Test
    void anActorOfAnEarlierSentenceThatAPronounStandsForIsKept() {
        // "Arnor and Gondor met. They were attacked by Mordor.": "they" stands for the actors before
        // (as PETRARCH reads it; Dyad's conventions take no plural pronoun)
        assertThat(targets("""
                1 Arnor Arnor _ NNP LOCATION 4 nsubj
                2 and and _ CC O 3 cc
                3 Gondor Gondor _ NNP LOCATION 1 conj
                4 met meet _ VBD O 0 root
                5 . . _ . O 4 punct

                1 They they _ PRP O 3 nsubj:pass
                2 were be _ VBD O 3 aux:pass
                3 attacked attack _ VBN O 0 root
                4 by by _ IN O 5 case
                5 Mordor Mordor _ NNP LOCATION 3 obl:agent
                6 . . _ . O 3 punct
                """, "attacked", CoderSettings.defaults().withConventions(CoderSettings.Conventions.PETRARCH)))
                .containsExactly("ARN", "GON");
    }
    @Test
    void anAppealIsMadeOfWhomItAddressesNotOfWhoIsInWhatItAsksFor() {
        // "Arnor demanded the release of Gondor": the appeal is about Gondor, made of someone unnamed
        assertThat(targets("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 demanded demand _ VBD O 0 root
                3 the the _ DT O 4 det
                4 release release _ NN O 2 obj
                5 of of _ IN O 6 case
                6 Gondor Gondor _ NNP LOCATION 4 nmod
                """, "demanded")).isEmpty();
        // "Arnor urged Gondor and Mordor"
        assertThat(targets("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 urged urge _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 2 obj
                4 and and _ CC O 5 cc
                5 Mordor Mordor _ NNP LOCATION 3 conj
                """, "urged")).containsExactly("GON", "MOR");
        // "Arnor demanded that Gondor withdraw": the one asked to act
        assertThat(targets("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 demanded demand _ VBD O 0 root
                3 that that _ IN O 5 mark
                4 Gondor Gondor _ NNP LOCATION 5 nsubj
                5 withdraw withdraw _ VB O 2 ccomp
                """, "demanded")).containsExactly("GON");
    }

    @Test
    void thePressAVerbOfSpeakingReachesIsItsChannel() {
        // "Arnor spoke with reporters": an interview, no negotiation with the press
        String spoke = """
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 spoke speak _ VBD O 0 root
                3 with with _ IN O 4 case
                4 reporters reporter _ NNS O 2 obl
                """;
        assertThat(targets(spoke, "spoke")).isEmpty();
        // "Arnor spoke with Gondor" is a talk between the two
        assertThat(targets(spoke.replace("reporters reporter _ NNS O", "Gondor Gondor _ NNP LOCATION"), "spoke"))
                .containsExactly("GON");
        // "Reporters spoke with Arnor": the press interviewing is no consultation either
        assertThat(sources("""
                1 Reporters reporter _ NNS O 2 nsubj
                2 spoke speak _ VBD O 0 root
                3 with with _ IN O 4 case
                4 Arnor Arnor _ NNP LOCATION 2 obl
                """, "spoke")).isEmpty();
        // "Arnor told reporters": whatever the code, the press told is the channel
        assertThat(targets("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 told tell _ VBD O 0 root
                3 reporters reporter _ NNS O 2 obj
                """, "told")).isEmpty();
        // "Arnor arrested Gondor reporters": the press is a party to what is done to it
        assertThat(targets("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 arrested arrest _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 4 compound
                4 reporters reporter _ NNS O 2 obj
                """, "arrested")).containsExactly("GONMED");
    }

    @Test
    void aRejectionAnswersTheClaimNotWhoIsInIt() {
        // "Arnor rejected accusations that Gondor attacked": Gondor is what is claimed
        assertThat(targets("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 rejected reject _ VBD O 0 root
                3 accusations accusation _ NNS O 2 obj
                4 that that _ IN O 6 mark
                5 Gondor Gondor _ NNP LOCATION 6 nsubj
                6 attacked attack _ VBD O 3 acl
                """, "rejected")).isEmpty();
        // "Arnor rejected Gondor's accusations": the accuser is answered
        assertThat(targets("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 rejected reject _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 5 nmod:poss
                4 's 's _ POS O 3 case
                5 accusations accusation _ NNS O 2 obj
                """, "rejected")).containsExactly("GON");
        // "Arnor rejected the accusations made by Gondor": the participle's agent is the accuser
        assertThat(targets("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 rejected reject _ VBD O 0 root
                3 the the _ DT O 4 det
                4 accusations accusation _ NNS O 2 obj
                5 made make _ VBN O 4 acl
                6 by by _ IN O 7 case
                7 Gondor Gondor _ NNP LOCATION 5 obl:agent
                """, "rejected")).containsExactly("GON");
    }
}
