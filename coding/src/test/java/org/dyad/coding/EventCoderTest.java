package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorResolver;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Event;
import org.dyad.model.Layer;
import org.dyad.model.Mention;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.model.testkit.Conllu;
import org.dyad.ontology.Cameo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coder's rules on small hand-parsed sentences: roles, passives, coordination, patterns,
 * negation, intent, reported speech and attribution, event nouns, plural pronouns and merging.
 * Parses are written as {@code dyad parse} prints them; no language models are loaded.
 */
class EventCoderTest {
    private static final String ACTORS = """
            actor ARN
              name Arnor
              code ARN
            actor GON
              name Gondor
              code GON
            actor OSG
              name Osgiliath
              code OSG
            actor MOR
              name Mordor
              code MOR
            actor ERI
              name Eriador
              code ERI
            agent GOV officials | government
            """;
    private static final String VERBS = """
            set TIES ties | relations
            verbs RESTORE
              code 064
              verb restore
            verbs OPPOSE
              code 112
              verb oppose
            verbs DELAY
              code 120
              verb delay
              pattern % have * code 191
            verbs VISIT
              code 042:043
              verb visit
            verbs MEET
              code 040
              verb meet
            verbs ATTACK
              code 190
              verb attack
            verbs SAY
              code 010
              verb say
            verbs CRITICIZE
              code 111
              verb criticize
            verbs DEMAND
              code 100
              verb demand
              noun demand
            verbs BREAK
              code 161
              verb break
              pattern will not * code 081
            verbs LEGACY
              code 903
              verb abandon
            """;
    private static ArticleCoder coder;

    @BeforeAll
    static void build() throws IOException {
        ActorDictionary actors = ActorDictionary.parse(new StringReader(ACTORS), "test.actors.dyad");
        VerbDictionary verbs = DyadVerbFormat.read(new StringReader(VERBS), "test.verbs.dyad");
        coder = new ArticleCoder(new ActorResolver(actors, "test"), new EventCoder(verbs, Cameo.standard(), "test"));
    }

    private static CodedArticle code(String conllu) {
        return code(conllu, CoderSettings.defaults());
    }

    private static CodedArticle code(String conllu, CoderSettings settings) {
        AnnotatedDocument doc = Conllu.parse("2024-05-01", conllu);
        return coder.withSettings(settings).code(doc);
    }

    private static List<String> codings(String conllu) {
        return codings(conllu, CoderSettings.defaults());
    }

    private static List<String> codings(String conllu, CoderSettings settings) {
        return code(conllu, settings).codings().stream()
                .map(c -> c.source().code() + " " + c.targetCode() + " " + c.code()).toList();
    }

    @Test
    void theSubjectActsOnTheFirstActorInItsPhrase() {
        assertThat(codings("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 restored restore _ VBD O 0 root
                3 ties tie _ NNS O 2 obj
                4 with with _ IN O 5 case
                5 Gondor Gondor _ NNP LOCATION 3 nmod
                6 . . _ . O 2 punct
                """)).containsExactly("ARN GON 064");
    }

    @Test
    void thePassiveAgentIsTheSourceAndItsSubjectTheTarget() {
        assertThat(codings("""
                1 Eriador Eriador _ NNP LOCATION 3 nsubj:pass
                2 was be _ VBD O 3 aux:pass
                3 opposed oppose _ VBN O 0 root
                4 by by _ IN O 5 case
                5 Osgiliath Osgiliath _ NNP LOCATION 3 obl:agent
                """)).containsExactly("OSG ERI 112");
        // without an agent nobody is known to oppose
        assertThat(codings("""
                1 Eriador Eriador _ NNP LOCATION 3 nsubj:pass
                2 was be _ VBD O 3 aux:pass
                3 opposed oppose _ VBN O 0 root
                4 over over _ IN O 6 case
                5 its its _ PRP$ O 6 nmod:poss
                6 dispute dispute _ NN O 3 obl
                7 with with _ IN O 8 case
                8 Gondor Gondor _ NNP LOCATION 6 nmod
                """)).isEmpty();
    }

    @Test
    void coordinatedActorsGiveOneEventEach() {
        assertThat(codings("""
                1 Gondor Gondor _ NNP LOCATION 4 nsubj
                2 and and _ CC O 3 cc
                3 Osgiliath Osgiliath _ NNP LOCATION 1 conj
                4 attacked attack _ VBD O 0 root
                5 Mordor Mordor _ NNP LOCATION 4 obj
                6 and and _ CC O 7 cc
                7 Eriador Eriador _ NNP LOCATION 5 conj
                """)).containsExactlyInAnyOrder("GON MOR 190", "GON ERI 190", "OSG MOR 190", "OSG ERI 190");
    }

    @Test
    void aCompoundBeforeTheVerbActsOnItselfAndReverseCodesGoBack() {
        assertThat(codings("""
                1 Gondor Gondor _ NNP LOCATION 5 nsubj
                2 and and _ CC O 3 cc
                3 Osgiliath Osgiliath _ NNP LOCATION 1 conj
                4 have have _ VBP O 5 aux
                5 delayed delay _ VBN O 0 root
                6 their their _ PRP$ O 7 nmod:poss
                7 meeting meeting _ NN O 5 obj
                """)).containsExactlyInAnyOrder("GON OSG 191", "OSG GON 191");
        assertThat(codings("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 visited visit _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 2 obj
                """)).containsExactly("ARN GON 042", "GON ARN 043");
    }

    @Test
    void aNegatedActionIsNoEventUnlessAPatternSpellsOutTheNegation() {
        assertThat(codings("""
                1 Arnor Arnor _ NNP LOCATION 4 nsubj
                2 did do _ VBD O 4 aux
                3 not not _ RB O 4 advmod
                4 attack attack _ VB O 0 root
                5 Gondor Gondor _ NNP LOCATION 4 obj
                """)).isEmpty();
        assertThat(codings("""
                1 Arnor Arnor _ NNP LOCATION 4 nsubj
                2 will will _ MD O 4 aux
                3 not not _ RB O 4 advmod
                4 break break _ VB O 0 root
                5 relations relation _ NNS O 4 obj
                6 with with _ IN O 7 case
                7 Gondor Gondor _ NNP LOCATION 5 nmod
                """)).containsExactly("ARN GON 081");
    }

    @Test
    void anIntendedActionIsAnExpressionOfIntent() {
        // "Arnor expected to meet Gondor": 040 becomes 036
        assertThat(codings("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj 2:nsubj|4:nsubj:xsubj
                2 expected expect _ VBD O 0 root 0:root
                3 to to _ TO O 4 mark 4:mark
                4 meet meet _ VB O 2 xcomp 2:xcomp
                5 Gondor Gondor _ NNP LOCATION 4 obj 4:obj
                """)).containsExactly("ARN GON 036");
    }

    @Test
    void aFutureActionIsIntentOnlyWhenItsOwnActorAnnouncesIt() {
        // "Arnor said Arnor would meet Gondor": a statement of intent, and the saying is no event of its own
        CodedArticle own = code("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 said say _ VBD O 0 root
                3 Arnor Arnor _ NNP LOCATION 5 nsubj
                4 would would _ MD O 5 aux
                5 meet meet _ VB O 2 ccomp
                6 Gondor Gondor _ NNP LOCATION 5 obj
                """);
        assertThat(own.codings()).extracting(c -> c.source().code() + " " + c.targetCode() + " " + c.code())
                .containsExactly("ARN GON 036");
        assertThat(own.codings().get(0).reportedBy()).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("ARN"));
        // "Eriador said Arnor would meet Gondor": a report of a planned meeting, an intent as CAMEO codes
        // actions told in the future; under PETRARCH's conventions the meeting itself
        String reported = """
                1 Eriador Eriador _ NNP LOCATION 2 nsubj
                2 said say _ VBD O 0 root
                3 Arnor Arnor _ NNP LOCATION 5 nsubj
                4 would would _ MD O 5 aux
                5 meet meet _ VB O 2 ccomp
                6 Gondor Gondor _ NNP LOCATION 5 obj
                """;
        assertThat(codings(reported)).containsExactly("ARN GON 036");
        assertThat(codings(reported, CoderSettings.defaults().withConventions(CoderSettings.Conventions.PETRARCH)))
                .containsExactly("ARN GON 040");
    }

    @Test
    void whatIsReportedIsCodedAndTheReporterKept() {
        CodedArticle a = code("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 said say _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 4 nsubj
                4 attacked attack _ VBD O 2 ccomp
                5 Mordor Mordor _ NNP LOCATION 4 obj
                """);
        assertThat(a.codings()).singleElement().satisfies(c -> {
            assertThat(c.source().code() + " " + c.targetCode() + " " + c.code()).isEqualTo("GON MOR 190");
            assertThat(c.reportedBy()).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("ARN"));
        });
        // an attribution after the fact ("..., Arnor officials said") addresses nobody
        assertThat(codings("""
                1 Gondor Gondor _ NNP LOCATION 2 nsubj
                2 criticized criticize _ VBD O 0 root
                3 Mordor Mordor _ NNP LOCATION 2 obj
                4 , , _ , O 7 punct
                5 Arnor Arnor _ NNP LOCATION 6 compound
                6 officials official _ NNS O 7 nsubj
                7 said say _ VBD O 2 parataxis
                """)).containsExactly("GON MOR 111");
    }

    @Test
    void inAQuotationTheSpeakerIsWeAndReportsWhatIsSaid() {
        AnnotatedDocument parsed = Conllu.parse("2024-05-01", """
                1 Gondor Gondor _ NNP LOCATION 2 nsubj
                2 spoke speak _ VBD O 0 root
                3 : : _ : O 2 punct

                1 `` `` _ `` O 3 punct
                2 We we _ PRP O 3 nsubj
                3 criticized criticize _ VBD O 0 root
                4 Mordor Mordor _ NNP LOCATION 3 obj
                5 '' '' _ '' O 3 punct
                """);
        Sentence said = parsed.sentences().get(1);
        Token speaker = parsed.sentences().get(0).tokens().get(0);
        Quote quote = new Quote(0, said.begin(), said.end(),
                parsed.text(said.begin(), said.end()),
                Optional.of(new Mention(0, 0, 1, 0, speaker.begin(), speaker.end(), "Gondor")),
                Provenance.rule("test", "test"));
        Set<Layer> layers = new HashSet<>(parsed.layers());
        layers.add(Layer.QUOTES);
        AnnotatedDocument doc = new AnnotatedDocument(parsed.article(), parsed.sentences(), parsed.entities(),
                parsed.times(), parsed.coreference(), List.of(quote), layers);
        assertThat(coder.code(doc).codings()).singleElement().satisfies(c -> {
            assertThat(c.source().code() + " " + c.targetCode() + " " + c.code()).isEqualTo("GON MOR 111");
            assertThat(c.reportedBy()).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("GON"));
        });
        // without the quotation "we" is nobody
        assertThat(coder.code(parsed).codings()).isEmpty();
    }

    @Test
    void anEventNounTakesItsPossessorAndMayLackATarget() {
        // "Mordor's demands were rejected": the demands are Mordor's, addressed to no one named
        assertThat(codings("""
                1 Mordor Mordor _ NNP LOCATION 3 nmod:poss
                2 's 's _ POS O 1 case
                3 demands demand _ NNS O 5 nsubj:pass
                4 were be _ VBD O 5 aux:pass
                5 rejected reject _ VBN O 0 root
                """)).containsExactly("MOR --- 100");
        // a verb without a target codes nothing
        assertThat(codings("""
                1 Mordor Mordor _ NNP LOCATION 2 nsubj
                2 demanded demand _ VBD O 0 root
                3 more more _ JJR O 2 obj
                """)).isEmpty();
    }

    @Test
    void aPluralPronounStandsForTheActorsJustCoordinated() {
        assertThat(codings("""
                1 Gondor Gondor _ NNP LOCATION 4 nsubj
                2 and and _ CC O 3 cc
                3 Arnor Arnor _ NNP LOCATION 1 conj
                4 met meet _ VBD O 0 root
                5 . . _ . O 4 punct

                1 They they _ PRP O 2 nsubj
                2 criticized criticize _ VBD O 0 root
                3 Mordor Mordor _ NNP LOCATION 2 obj
                """, CoderSettings.defaults().withConventions(CoderSettings.Conventions.PETRARCH)))
                .containsExactly("GON MOR 111", "ARN MOR 111");
    }

    @Test
    void theSameEventInTwoSentencesIsOneEventWithBothSentences() {
        CodedArticle a = code("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 attacked attack _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 2 obj

                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 attacked attack _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 2 obj
                4 again again _ RB O 2 advmod
                """);
        assertThat(a.codings()).hasSize(2);
        assertThat(a.events()).singleElement().satisfies(e -> {
            assertThat(e.type().cameo()).isEqualTo("190");
            assertThat(e.type().ploverType()).contains("ASSAULT");
            assertThat(e.type().quadClass()).isEqualTo(4);
            assertThat(e.evidence()).extracting(ev -> ev.sentence()).containsExactly(0, 1);
            assertThat(e.provenance().entry()).startsWith("ATTACK");
        });
    }

    @Test
    void aCodeOutsideCameoIsACodingButNoEvent() {
        CodedArticle a = code("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 abandoned abandon _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 2 obj
                """);
        assertThat(a.codings()).extracting(Coding::code).containsExactly("903");
        assertThat(a.events()).isEmpty();
        List<Event> none = a.events();
        assertThat(none).isEmpty();
    }
}
