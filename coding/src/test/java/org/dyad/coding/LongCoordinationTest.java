package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorResolver;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.StageInterrupted;
import org.dyad.model.testkit.Conllu;
import org.dyad.ontology.Cameo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sentence that coordinates thousands of actors ("Gondor and Osgiliath, Gondor and Osgiliath, ...
 * criticized Mordor"). Coding it once kept a worker busy for over ten CPU-minutes, because every
 * member of the coordination collected the coordination again with a list search per member; it is
 * now coded in time proportional to its length (the bench module's {@code CoordinationBenchmark}
 * measures that), and these tests check that what it gives is still right.
 */
class LongCoordinationTest {
    private static final int PAIRS = 3_000;
    private static ArticleCoder coder;

    @BeforeAll
    static void build() throws IOException {
        ActorDictionary actors = ActorDictionary.parse(new StringReader("""
                actor GON
                  name Gondor
                  code GON
                actor OSG
                  name Osgiliath
                  code OSG
                actor MOR
                  name Mordor
                  code MOR
                """), "test.actors.dyad");
        VerbDictionary verbs = DyadVerbFormat.read(new StringReader("""
                verbs CRITICIZE
                  code 111
                  verb criticize
                """), "test.verbs.dyad");
        coder = new ArticleCoder(new ActorResolver(actors, "test"), new EventCoder(verbs, Cameo.standard(), "test"));
    }

    /**
     * The parse CoreNLP gives such a list: the first name is the subject, every other name a
     * conjunct of it, with a comma or "and" before each.
     */
    static String coordination(int pairs) {
        StringBuilder c = new StringBuilder();
        int id = 0;
        for (int p = 0; p < pairs; p++) {
            if (p > 0) {
                id++;
                c.append(id).append(" , , _ , O ").append(id + 1).append(" punct\n");
            }
            id++;
            c.append(id).append(" Gondor Gondor _ NNP LOCATION ").append(p == 0 ? "0 nsubj-placeholder" : "1 conj")
                    .append('\n');
            id++;
            c.append(id).append(" and and _ CC O ").append(id + 1).append(" cc\n");
            id++;
            c.append(id).append(" Osgiliath Osgiliath _ NNP LOCATION 1 conj\n");
        }
        int verb = id + 1;
        c.append(verb).append(" criticized criticize _ VBD O 0 root\n");
        c.append(verb + 1).append(" Mordor Mordor _ NNP LOCATION ").append(verb).append(" obj\n");
        c.append(verb + 2).append(" . . _ . O ").append(verb).append(" punct\n");
        return c.toString().replace("0 nsubj-placeholder", verb + " nsubj");
    }

    @Test
    void everyMemberOfALongCoordinationActsAndTheEventsMergeByActor() {
        CodedArticle a = coder.code(Conllu.parse("2024-05-01", coordination(PAIRS)));
        assertThat(a.actors()).hasSize(2 * PAIRS + 1);
        assertThat(a.codings()).extracting(c -> c.source().code() + " " + c.targetCode() + " " + c.code())
                .containsOnly("GON MOR 111", "OSG MOR 111");
        assertThat(a.events()).extracting(e -> e.source().code() + " " + e.targetCode() + " " + e.type().cameo())
                .containsExactlyInAnyOrder("GON MOR 111", "OSG MOR 111");
    }

    @Test
    void theCoordinationIsOneGroupThatEveryMemberSharesInTextOrder() {
        AnnotatedDocument doc = Conllu.parse("2024-05-01", coordination(PAIRS));
        List<ActorMention> mentions = coder.actors().resolve(doc).stream()
                .filter(m -> !m.actor().code().equals("MOR")).toList();
        SentenceView view = new SentenceView(doc.sentences().get(0), mentions);
        assertThat(view.groups()).singleElement().satisfies(g -> {
            assertThat(g).hasSize(2 * PAIRS);
            assertThat(g).isSortedAccordingTo((x, y) -> Integer.compare(x.tokenBegin(), y.tokenBegin()));
        });
        // the first, a middle and the last member all see the same coordination
        assertThat(view.coordinated(mentions.get(0))).isSameAs(view.coordinated(mentions.get(PAIRS)))
                .isSameAs(view.coordinated(mentions.get(mentions.size() - 1)));
    }

    @Test
    void aMentionOutsideTheConjunctsIsPutFirst() {
        // "Gondor" heads the coordination of Osgiliath alone; a mention that covers no conjunct's head
        // comes before the conjuncts, as it always did
        AnnotatedDocument doc = Conllu.parse("2024-05-01", coordination(1));
        List<ActorMention> mentions = coder.actors().resolve(doc);
        ActorMention mordor = mentions.stream().filter(m -> m.actor().code().equals("MOR")).findFirst().orElseThrow();
        SentenceView view = new SentenceView(doc.sentences().get(0), mentions);
        assertThat(view.coordinated(mordor)).containsExactly(mordor);
        assertThat(view.coordinated(mentions.get(0))).extracting(m -> m.actor().code()).containsExactly("GON", "OSG");
    }

    @Test
    void anInterruptedCoderStopsAndSaysWhichSentence() {
        AnnotatedDocument doc = Conllu.parse("2024-05-01", coordination(PAIRS));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> coder.code(doc)).isInstanceOfSatisfying(StageInterrupted.class, e -> {
                assertThat(e.sentence()).hasValue(0);
                assertThat(e.begin()).isZero();
                assertThat(e.end()).isEqualTo(doc.article().text().length());
            });
        } finally {
            Thread.interrupted();
        }
    }
}
