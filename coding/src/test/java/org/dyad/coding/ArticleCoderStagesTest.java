package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.dyad.geo.EventLocator;
import org.dyad.geo.GeoparsingStage;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Event;
import org.dyad.model.Layer;
import org.dyad.model.testkit.Conllu;
import org.dyad.stage.Stage;
import org.dyad.stage.StageChain;
import org.junit.jupiter.api.Test;

/** The coder is a chain of stages, each adding one layer, checked when the coder is built. */
class ArticleCoderStagesTest {
    private static final class Standard {
        static final ArticleCoder PLACED = Dictionaries.standard().coder()
                .withLocator(Optional.of(EventLocator.standard()));
    }

    @Test
    void theCoderRunsItsStagesInOrderFromPlacesToLocatedEvents() {
        assertThat(Standard.PLACED.stages().stages()).map(Stage::getClass).map(Class::getSimpleName)
                .containsExactly("GeoparsingStage", "ActorStage", "DiscardStage", "EventCodingStage", "EventDatingStage",
                        "EventAssemblyStage", "IssueStage", "EventLocatingStage");
        assertThat(Standard.PLACED.stages().given()).isEqualTo(Layer.language());
        assertThat(Standard.PLACED.stages().assigns()).containsExactlyInAnyOrder(Layer.PLACES, Layer.ACTORS,
                Layer.DISCARDS, Layer.CODINGS, Layer.EVENT_DATES, Layer.EVENTS, Layer.ISSUES, Layer.EVENT_PLACES);
    }

    @Test
    void withoutALocatorThereIsNoGeoparsingAndNoLocating() {
        ArticleCoder unplaced = Dictionaries.standard().coder();
        assertThat(unplaced.stages().stages()).noneMatch(s -> s instanceof GeoparsingStage)
                .noneMatch(s -> s instanceof EventLocatingStage);
        assertThat(unplaced.code(Conllu.sample()).events()).isNotEmpty().allMatch(e -> e.location().isEmpty());
    }

    @Test
    void theCodedArticleIsWhatTheStagesAddedToTheDocument() {
        AnnotatedDocument doc = Conllu.sample();
        AnnotatedDocument staged = Standard.PLACED.stages().apply(doc);
        CodedArticle coded = Standard.PLACED.code(doc);
        assertThat(coded.document()).isSameAs(doc);
        assertThat(coded.actors()).isEqualTo(staged.get(CodingLayers.ACTORS).mentions()).isNotEmpty();
        assertThat(coded.codings()).isEqualTo(staged.get(CodingLayers.CODINGS).all()).isNotEmpty();
        List<Event> events = staged.get(CodingLayers.EVENTS).all();
        assertThat(coded.events()).hasSameSizeAs(events).isNotEmpty();
        for (int i = 0; i < events.size(); i++) {
            assertThat(coded.events().get(i))
                    .isEqualTo(events.get(i).withLocation(staged.get(CodingLayers.EVENT_PLACES).places().get(i)));
        }
        // the sample's build-up "on its border with Ukraine" is placed
        assertThat(coded.events()).anyMatch(e -> e.location().isPresent());
    }

    @Test
    void eachEventIsDatedByTheDatingStage() {
        AnnotatedDocument staged = Standard.PLACED.stages().apply(Conllu.sample());
        List<Coding> codings = staged.get(CodingLayers.CODINGS).all();
        var dates = staged.get(CodingLayers.EVENT_DATES).dates();
        assertThat(dates).hasSameSizeAs(codings);
        for (Event e : staged.get(CodingLayers.EVENTS).all()) {
            int first = -1;
            for (int i = 0; i < codings.size() && first < 0; i++) {
                if (codings.get(i).trigger().equals(e.trigger()) && codings.get(i).code().equals(e.type().cameo())) {
                    first = i;
                }
            }
            assertThat(first).as(e.id()).isNotNegative();
            assertThat(dates.get(first)).contains(e.date());
        }
    }

    @Test
    void aDocumentWithoutTheLanguageLayersIsRefusedNamingWhatItLacks() {
        AnnotatedDocument bare = AnnotatedDocument.of(Conllu.sample().article());
        assertThatThrownBy(() -> Standard.PLACED.code(bare)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lacks annotation layers").hasMessageContaining("DEPENDENCIES");
    }

    @Test
    void anIssueStageBeforeTheCodingsItReadsIsRefusedWhenTheChainIsBuilt() {
        ArticleCoder c = Standard.PLACED;
        List<Stage> stages = c.stages().stages();
        StageChain.Builder wrong = StageChain.builder(Layer.language()).add(stages.get(0)).add(stages.get(1))
                .add(stages.get(2)).add(new IssueStage(IssueList.NONE)).add(stages.get(3));
        assertThatThrownBy(wrong::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stage IssueStage (number 4) requires layer CODINGS, which no earlier stage"
                        + " assigns")
                .hasMessageContaining("Move IssueStage after EventCodingStage, which assigns CODINGS");
    }
}
