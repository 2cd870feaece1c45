package org.dyad.coding;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dyad.geo.EventLocator;
import org.dyad.geo.Toponyms;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Layer;
import org.dyad.model.testkit.Conllu;
import org.dyad.stage.Stage;
import org.dyad.stage.StageChain;
import org.dyad.stage.testkit.StageTestCase;
import org.dyad.stage.testkit.WordAnalysis;

/**
 * The stage test kit for a stage of the coder with the shipped dictionaries and gazetteer: its input is
 * what the stages before it in {@link ArticleCoder#stages()} make of a document, from the sample article
 * as CoreNLP analysed it ({@link Conllu#sample()}) and from the kit's hostile and random texts through
 * {@link WordAnalysis}, so no CoreNLP is loaded.
 */
abstract class CodingStageTestCase extends StageTestCase {
    /** The shipped coder with the gazetteer, loaded once per test JVM. */
    private static final class Standard {
        static final ArticleCoder CODER = Dictionaries.standard().coder()
                .withLocator(Optional.of(EventLocator.standard()));
    }

    /** The class of the stage under test. */
    protected abstract Class<? extends Stage> stageClass();

    @Override
    protected final Stage stage() {
        return Standard.CODER.stages().stages().stream().filter(stageClass()::isInstance).findFirst()
                .orElseThrow(() -> new IllegalStateException("the standard coder has no " + stageClass()));
    }

    /** The stages before the one under test. */
    private StageChain before() {
        StageChain.Builder b = StageChain.builder(Layer.language());
        for (Stage s : Standard.CODER.stages().stages()) {
            if (stageClass().isInstance(s)) {
                return b.build();
            }
            b.add(s);
        }
        throw new IllegalStateException("the standard coder has no " + stageClass());
    }

    @Override
    protected AnnotatedDocument prepare(Article article) {
        return before().apply(WordAnalysis.analyze(article));
    }

    @Override
    protected List<AnnotatedDocument> documents() {
        return List.of(before().apply(Conllu.sample()));
    }

    @Override
    protected Stream<int[]> assignedSpans(AnnotatedDocument out) {
        Stream.Builder<int[]> b = Stream.builder();
        out.derived().find(CodingLayers.ACTORS).ifPresent(r -> r.mentions()
                .forEach(m -> b.add(new int[] {m.actor().begin(), m.actor().end()})));
        out.derived().find(Toponyms.LAYER).ifPresent(t -> t.all()
                .forEach(p -> b.add(new int[] {p.mention().begin(), p.mention().end()})));
        out.derived().find(CodingLayers.EVENTS).ifPresent(e -> e.all()
                .forEach(ev -> ev.evidence().forEach(x -> b.add(new int[] {x.begin(), x.end()}))));
        out.derived().find(CodingLayers.EVENT_PLACES).ifPresent(p -> p.places()
                .forEach(place -> place.ifPresent(x -> b.add(new int[] {x.begin(), x.end()}))));
        return b.build();
    }
}
