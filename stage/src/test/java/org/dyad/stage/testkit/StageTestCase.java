package org.dyad.stage.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.CorefChain;
import org.dyad.model.EntityMention;
import org.dyad.model.Layer;
import org.dyad.model.Mention;
import org.dyad.model.Quote;
import org.dyad.model.TimeExpression;
import org.dyad.stage.OrderedRunner;
import org.dyad.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The test kit every stage's test extends: it checks the {@link Stage} contract on the stage's own
 * documents, on hostile ones (texts with no words, huge tokens, odd Unicode, control characters, very
 * long sentences, many sentences; {@link HostileTexts#hostile}) and on random ones of news words
 * ({@link HostileTexts#random}, seeded by {@code -Ddyad.kit.seed}, printed with any failure).
 *
 * <p>A subclass says which stage ({@link #stage}) and how a text becomes a document carrying the
 * stage's required layers ({@link #prepare}: the real stages before it, or {@link WordAnalysis} where a
 * unit test must not load CoreNLP), and may add real documents ({@link #documents}) and the character
 * spans of the layers it assigns ({@link #assignedSpans}). The kit then checks, on every document:
 * <ul>
 *   <li>the stage adds exactly the layers it assigns, and leaves the layers it was given as they were;</li>
 *   <li>it reads only what it requires: on the document cut down to its required layers it gives what
 *       it gives on the whole document;</li>
 *   <li>every offset it gives lies inside the article's text;</li>
 *   <li>it is deterministic: the same document twice gives equal output;</li>
 *   <li>eight threads give exactly what one thread gives.</li>
 * </ul>
 * The documents are prepared once per test class ({@link TestInstance.Lifecycle#PER_CLASS}), so an
 * integration test shares one loaded pipeline across the checks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StageTestCase {
    /** The seed of the random documents: {@code -Ddyad.kit.seed=N} repeats a failing run. */
    protected static final long SEED = Long.getLong("dyad.kit.seed", 20220128L);

    private List<AnnotatedDocument> inputs;

    /** The stage under test; the kit calls this often, so return one instance. */
    protected abstract Stage stage();

    /** A document made from {@code article} that carries at least the stage's required layers. */
    protected abstract AnnotatedDocument prepare(Article article);

    /** Real documents, carrying at least the required layers, on which the stage must assign something. */
    protected List<AnnotatedDocument> documents() {
        return List.of();
    }

    /** How many random articles the kit makes; fewer where preparing one costs much. */
    protected int randomArticles() {
        return 40;
    }

    /** The character spans {@code [begin, end)} of what the stage assigned to {@code output}, beyond the language layers. */
    protected Stream<int[]> assignedSpans(AnnotatedDocument output) {
        return Stream.empty();
    }

    /** Every document the checks run on: the stage's own, the hostile ones and the random ones, without the layers it assigns. */
    protected final List<AnnotatedDocument> inputs() {
        if (inputs == null) {
            List<AnnotatedDocument> all = new ArrayList<>(documents());
            for (Article a : HostileTexts.hostile()) {
                all.add(prepare(a));
            }
            for (Article a : HostileTexts.random(SEED, randomArticles())) {
                all.add(prepare(a));
            }
            inputs = all.stream().map(d -> Layers.without(d, stage().assigns())).toList();
        }
        return inputs;
    }

    @Test
    void declaresWhatItReadsAndWhatItAssigns() {
        Stage s = stage();
        assertThat(s.assigns()).as("%s assigns", s.name()).isNotEmpty();
        assertThat(Collections.disjoint(s.requires(), s.assigns()))
                .as("%s requires %s and assigns %s: a stage adds what it does not read", s.name(), s.requires(),
                        s.assigns()).isTrue();
        assertThat(s.name()).isNotBlank();
    }

    @Test
    void aDocumentLackingARequiredLayerIsRefused() {
        Stage s = stage();
        AnnotatedDocument doc = inputs().get(0);
        for (Layer l : s.requires()) {
            AnnotatedDocument lacking = Layers.without(doc, EnumSet.of(l));
            assertThatThrownBy(() -> s.apply(lacking)).as("%s without %s", s.name(), l)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(l.name());
        }
    }

    @Test
    void addsExactlyWhatItAssignsAndLeavesTheRest() {
        Stage s = stage();
        for (AnnotatedDocument in : inputs()) {
            AnnotatedDocument out = apply(s, in);
            assertThat(out.layers()).as(what(in)).isEqualTo(Layers.union(in.layers(), s.assigns()));
            assertThat(Layers.project(out, in.layers())).as("%s: the layers it was given", what(in)).isEqualTo(in);
            assertThat(out.article()).isEqualTo(in.article());
        }
    }

    @Test
    void readsOnlyWhatItRequires() {
        Stage s = stage();
        Set<Layer> seen = Layers.union(s.requires(), s.assigns());
        for (AnnotatedDocument in : inputs()) {
            AnnotatedDocument whole = apply(s, in);
            AnnotatedDocument minimal = apply(s, Layers.project(in, s.requires()));
            assertThat(minimal).as("%s given only %s", what(in), s.requires())
                    .isEqualTo(Layers.project(whole, seen));
        }
    }

    @Test
    void offsetsStayInsideTheText() {
        Stage s = stage();
        for (AnnotatedDocument in : inputs()) {
            AnnotatedDocument out = apply(s, in);
            int length = out.article().text().length();
            spans(out).forEach(span -> assertThat(span[0] >= 0 && span[0] <= span[1] && span[1] <= length)
                    .as("%s: span [%d, %d) in a text of %d", what(in), span[0], span[1], length).isTrue());
        }
    }

    @Test
    void sameDocumentTwiceGivesEqualOutput() {
        Stage s = stage();
        for (AnnotatedDocument in : inputs()) {
            assertThat(apply(s, in)).as(what(in)).isEqualTo(apply(s, in));
        }
    }

    @Test
    void eightThreadsGiveWhatOneGives() {
        Stage s = stage();
        List<AnnotatedDocument> work = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            work.addAll(inputs());
        }
        List<AnnotatedDocument> one = OrderedRunner.map("kit", 1, work, s::apply);
        List<AnnotatedDocument> eight = OrderedRunner.map("kit", 8, work, s::apply);
        assertThat(eight).as("seed %d", SEED).isEqualTo(one);
    }

    @Test
    void blankTextsNeverReachAStage() {
        // what no tokenizer finds a word in reaches the stages as a text of format characters, not as ""
        for (String blank : List.of("", " ", "\n\t\r ")) {
            assertThatThrownBy(() -> Article.of("blank", LocalDate.parse("2022-01-28"), blank))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private Stream<int[]> spans(AnnotatedDocument out) {
        Stream.Builder<int[]> b = Stream.builder();
        out.sentences().forEach(x -> b.add(new int[] {x.begin(), x.end()}));
        out.sentences().forEach(x -> x.tokens().forEach(t -> b.add(new int[] {t.begin(), t.end()})));
        for (EntityMention e : out.entities()) {
            b.add(new int[] {e.begin(), e.end()});
        }
        for (TimeExpression t : out.times()) {
            b.add(new int[] {t.begin(), t.end()});
        }
        for (CorefChain c : out.coreference()) {
            for (Mention m : c.mentions()) {
                b.add(new int[] {m.begin(), m.end()});
            }
        }
        for (Quote q : out.quotes()) {
            b.add(new int[] {q.begin(), q.end()});
            q.speaker().ifPresent(m -> b.add(new int[] {m.begin(), m.end()}));
        }
        return Stream.concat(b.build(), assignedSpans(out));
    }

    private static AnnotatedDocument apply(Stage s, AnnotatedDocument in) {
        try {
            return s.apply(in);
        } catch (RuntimeException e) {
            throw new AssertionError(s.name() + " failed on " + what(in) + ": " + e, e);
        }
    }

    private static String what(AnnotatedDocument d) {
        return "article " + d.article().id() + " (seed " + SEED + ")";
    }
}
