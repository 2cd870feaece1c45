package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Layer;
import org.dyad.stage.Stage;
import org.dyad.stage.testkit.StageTestCase;
import org.junit.jupiter.api.Test;

/** {@link TaggingStage} under the stage test kit, with CoreNLP's real models, on real and hostile articles. */
class TaggingStageIT extends StageTestCase {
    @Override
    protected Stage stage() {
        return SharedStages.TAGGING;
    }

    @Override
    protected AnnotatedDocument prepare(Article article) {
        return AnnotatedDocument.of(article);
    }

    @Override
    protected List<AnnotatedDocument> documents() {
        return Articles.sampleAndVoa(3).stream().map(AnnotatedDocument::of).toList();
    }

    @Override
    protected int randomArticles() {
        return 12;
    }

    @Test
    void theSampleGetsItsNamesAndDatesButNoParse() {
        AnnotatedDocument doc = SharedStages.TAGGING.apply(AnnotatedDocument.of(Articles.sampleAndVoa(0).get(0)));
        assertThat(doc.layers()).containsExactlyInAnyOrder(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES,
                Layer.TIME);
        assertThat(doc.entities()).anyMatch(e -> e.text().equals("Vladimir Putin") && e.type().equals("PERSON"));
        assertThat(doc.times()).anyMatch(t -> t.text().equals("Friday") && t.value().equals("2022-01-28"));
        assertThat(doc.sentences()).hasSize(16).noneMatch(s -> s.parsed());
    }
}
