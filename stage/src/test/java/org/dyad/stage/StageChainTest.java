package org.dyad.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Layer;
import org.dyad.model.testkit.Conllu;
import org.junit.jupiter.api.Test;

/** A chain is checked against its stages' declarations when it is built, before any document runs. */
class StageChainTest {
    /** A stage that declares layers and adds the language ones it assigns by copying them from a full document. */
    private record Declared(String name, Set<Layer> requires, Set<Layer> assigns) implements Stage {
        @Override
        public AnnotatedDocument apply(AnnotatedDocument d) {
            d.require(requires.toArray(Layer[]::new));
            EnumSet<Layer> layers = EnumSet.copyOf(Layer.language());
            layers.retainAll(org.dyad.stage.testkit.Layers.union(d.layers(), assigns));
            return new AnnotatedDocument(d.article(), d.sentences(), d.entities(), d.times(), d.coreference(),
                    d.quotes(), layers);
        }
    }

    private static Stage stage(String name, Set<Layer> requires, Set<Layer> assigns) {
        return new Declared(name, requires, assigns);
    }

    private static final Stage TAGGER = stage("Tagger", Set.of(), EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS));
    private static final Stage PARSER = stage("Parser", EnumSet.of(Layer.TOKENS, Layer.POS), Set.of(Layer.DEPENDENCIES));
    private static final Stage QUOTES = stage("Quotes", EnumSet.of(Layer.DEPENDENCIES, Layer.LEMMAS),
            Set.of(Layer.QUOTES));

    @Test
    void aChainInDeclaredOrderIsBuiltAndRuns() {
        StageChain chain = StageChain.builder().add(TAGGER).add(PARSER).add(QUOTES).build();
        assertThat(chain.stages()).containsExactly(TAGGER, PARSER, QUOTES);
        assertThat(chain.assigns()).containsExactlyInAnyOrder(Layer.TOKENS, Layer.POS, Layer.LEMMAS,
                Layer.DEPENDENCIES, Layer.QUOTES);
        assertThat(chain.requires()).isEmpty();
        AnnotatedDocument sample = Conllu.sample();
        AnnotatedDocument out = chain.apply(AnnotatedDocument.of(sample.article()));
        assertThat(out.layers()).isEqualTo(chain.assigns());
    }

    @Test
    void aStageBeforeTheOneAssigningItsLayerIsRefusedNamingBothAndTheFix() {
        StageChain.Builder b = StageChain.builder().add(TAGGER).add(QUOTES).add(PARSER);
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stage Quotes (number 2) requires layer DEPENDENCIES")
                .hasMessageContaining("no earlier stage assigns")
                .hasMessageContaining("Move Quotes after Parser, which assigns DEPENDENCIES");
    }

    @Test
    void aLayerNoStageAssignsIsRefusedWithTheLayerToAdd() {
        StageChain.Builder b = StageChain.builder(Layer.TOKENS).add(PARSER);
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stage Parser (number 1) requires layer POS")
                .hasMessageContaining("available there: [TOKENS]")
                .hasMessageContaining("Add a stage that assigns POS before Parser, or give the chain documents that"
                        + " carry it");
    }

    @Test
    void givenLayersSatisfyTheFirstStagesAndAreCheckedWhenADocumentComes() {
        StageChain chain = StageChain.builder(Layer.TOKENS, Layer.POS, Layer.LEMMAS).add(PARSER).add(QUOTES).build();
        assertThat(chain.requires()).containsExactlyInAnyOrder(Layer.TOKENS, Layer.POS, Layer.LEMMAS);
        AnnotatedDocument bare = AnnotatedDocument.of(Conllu.sample().article());
        assertThatThrownBy(() -> chain.apply(bare)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lacks annotation layers").hasMessageContaining("TOKENS");
    }

    @Test
    void aLayerAssignedTwiceIsRefused() {
        Stage again = stage("Retagger", Set.of(Layer.TOKENS), Set.of(Layer.POS));
        assertThatThrownBy(() -> StageChain.builder().add(TAGGER).add(again).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stage Retagger (number 2) assigns layer POS, which stage Tagger assigned before it");
        assertThatThrownBy(() -> StageChain.builder(Layer.TOKENS, Layer.POS).add(again).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("which the chain is given");
    }

    @Test
    void aStageThatDoesNotAddWhatItDeclaresFailsTheDocument() {
        Stage liar = new Stage() {
            @Override
            public Set<Layer> requires() {
                return Set.of();
            }

            @Override
            public Set<Layer> assigns() {
                return Set.of(Layer.TOKENS);
            }

            @Override
            public AnnotatedDocument apply(AnnotatedDocument document) {
                return document;
            }
        };
        StageChain chain = StageChain.builder().add(liar).build();
        assertThatThrownBy(() -> chain.apply(AnnotatedDocument.of(Conllu.sample().article())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("declares that it assigns [TOKENS]");
    }

    @Test
    void aChainIsAStageAndNestsInAnother() {
        StageChain analysis = StageChain.builder().add(TAGGER).add(PARSER).build();
        StageChain whole = StageChain.builder().add(analysis).add(QUOTES).build();
        assertThat(whole.assigns()).contains(Layer.QUOTES, Layer.DEPENDENCIES);
        assertThatThrownBy(() -> StageChain.builder().add(QUOTES).add(analysis).build())
                .hasMessageContaining("Move Quotes after chain[Tagger, Parser]");
        assertThat(List.copyOf(whole.stages())).hasSize(2);
    }
}
